import Foundation
import Testing

/// `Tools/new-plugin` on a copy of the package's manifest and entry point: the folder plus the
/// two one-line registrations a company plugin needs.
@Suite struct NewPluginTests {
    func copyOfPackage() throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("rounds-new-plugin-\(UUID().uuidString)")
        for path in ["Package.swift", "Tools/rounds/main.swift", "Tools/new-plugin"] {
            let target = copy.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: RoundsProcess.repository.appendingPathComponent(path), to: target)
        }
        return copy
    }

    func scaffold(_ arguments: [String], in copy: URL) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = copy.appendingPathComponent("Tools/new-plugin")
        process.arguments = arguments
        let error = Pipe()
        process.standardError = error
        process.standardOutput = Pipe()
        try process.run()
        let text = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func addsFolderAndRegistrations() throws {
        let copy = try copyOfPackage()
        #expect(try scaffold(["AcmeRules", "acme-check"], in: copy).status == 0)
        let manifest = try String(contentsOf: copy.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains("    \"ExampleCompany\",\n    \"AcmeRules\",\n]"))
        let main = try String(contentsOf: copy.appendingPathComponent("Tools/rounds/main.swift"), encoding: .utf8)
        #expect(main.contains("import AcmeRules\n"))
        #expect(main.contains("    AcmeRules.plugin,\n])"))
        let command = try String(contentsOf: copy.appendingPathComponent("Plugins/AcmeRules/AcmeCheckCommand.swift"), encoding: .utf8)
        #expect(command.contains("commandName: \"acme-check\""))

        let again = try scaffold(["AcmeRules"], in: copy)
        #expect(again.status == 1)
        #expect(again.stderr.contains("exists already"))
        #expect(try scaffold(["acme"], in: copy).status == 2)
    }
}
