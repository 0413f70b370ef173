import Foundation

/// A file written whole, under a temporary name beside its target and renamed into place, so a
/// failure leaves neither half a file nor a clobbered old one.
///
/// ```swift
/// try WholeFile.write("BEGIN:VCALENDAR\r\n…", to: URL(fileURLWithPath: "plan.ics"))
/// // a missing folder: ExchangeProblem "plan.ics: cannot write the file: No such file or directory"
/// ```
public enum WholeFile {
    public static func write(_ text: String, to url: URL) throws(ExchangeProblem) {
        let temporary = TemporaryFile(beside: url)
        let output = try BufferedOutput(to: temporary)
        try output.write(text)
        try output.close()
        try temporary.moveIntoPlace()
    }
}
