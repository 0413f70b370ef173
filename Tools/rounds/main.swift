import CalendarCommands
import CustomerCommands
import DatabaseCommands
import DemoCommands
import ExampleCompany
import HistoryCommands
import KPICommands
import NextCommands
import ExchangeCommands
import PlanCommands
import PostgresStorage
import RankCommands
import ReportCommands
import ReviewCommands
import RouteCommands
import RoundsShell

Shell.main(plugins: [
    CustomerCommands.plugin,
    DatabaseCommands.plugin,
    DemoCommands.plugin,
    HistoryCommands.plugin,
    ExchangeCommands.plugin,
    RouteCommands.plugin,
    PlanCommands.plugin,
    CalendarCommands.plugin,
    KPICommands.plugin,
    RankCommands.plugin,
    ReportCommands.plugin,
    ReviewCommands.plugin,
    NextCommands.plugin,
    ExampleCompany.plugin,
    PostgresStorage.plugin,
])
