import CustomerCommands
import DatabaseCommands
import DemoCommands
import ExampleCompany
import RoundsShell

Shell.main(plugins: [
    CustomerCommands.plugin,
    DatabaseCommands.plugin,
    DemoCommands.plugin,
    ExampleCompany.plugin,
])
