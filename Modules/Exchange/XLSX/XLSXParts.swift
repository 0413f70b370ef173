/// The fixed parts of a one-sheet workbook: the least Excel, LibreOffice and openpyxl accept.
enum XLSXParts {
    static let sheetPath = "xl/worksheets/sheet1.xml"

    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let sheetStart = declaration + #"<worksheet xmlns="\#(main)"><sheetData>"#
    static let sheetEnd = "</sheetData></worksheet>"

    /// Path and content of every part but the sheet itself.
    static func fixed(sheetName: String) -> [(String, String)] {
        [
            ("[Content_Types].xml", declaration + """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/\(sheetPath)" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>
                """),
            ("_rels/.rels", declaration + """
                <Relationships xmlns="\(relationships)">\
                <Relationship Id="rId1" Type="\(officeRelationships)/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """),
            ("xl/workbook.xml", declaration + """
                <workbook xmlns="\(main)" xmlns:r="\(officeRelationships)">\
                <sheets><sheet name="\(sheetName)" sheetId="1" r:id="rId1"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", declaration + """
                <Relationships xmlns="\(relationships)">\
                <Relationship Id="rId1" Type="\(officeRelationships)/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="\(officeRelationships)/styles" Target="styles.xml"/>\
                </Relationships>
                """),
            ("xl/styles.xml", declaration + """
                <styleSheet xmlns="\(main)">\
                <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill>\
                <fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>\
                <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
                </styleSheet>
                """),
        ]
    }
}
