import ArgumentParser
import RoundsDomain

/// `plan …`: visit plans by rank, priority and the real calendar. So far the fixed weekday
/// routine a plan is measured against.
struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "plan", abstract: Message.planAbstract.text(),
                             subcommands: [PlanMonthCommand.self, PlanWeekCommand.self, PlanShowCommand.self, PlanConfirmCommand.self,
                                           PlanCompareCommand.self, PlanFitCommand.self, PlanSimulateCommand.self,
                                           PlanBaselineCommand.self])
    }
}
