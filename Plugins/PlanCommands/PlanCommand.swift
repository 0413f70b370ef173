import ArgumentParser
import RoundsDomain

/// `plan …`: visit plans by rank, priority and the real calendar — made (`week`, `month`),
/// read (`show`), kept (`confirm`), measured against the weekday routine (`compare`, `baseline`),
/// shared (`export`), and asked what-if questions (`fit`, `simulate`).
struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "plan", abstract: Message.planAbstract.text(),
                             subcommands: [PlanMonthCommand.self, PlanWeekCommand.self, PlanShowCommand.self, PlanConfirmCommand.self,
                                           PlanCompareCommand.self, PlanExportCommand.self, PlanFitCommand.self,
                                           PlanSimulateCommand.self, PlanBaselineCommand.self])
    }
}
