using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Cli.Hosting;

return KpiwApp.Run(args,
[
    SampleCommand.Create(),
    LoadCommand.Create(),
    ProfilesCommand.Create(),
    ModelCommand.Create(),
    QueryCommand.Create(),
    VerifyCommand.Create(),
    RunCommand.Create(),
]);
