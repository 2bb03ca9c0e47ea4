using System.CommandLine;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw query --warehouse DIR "EVALUATE …"</c>: run DAX against the warehouse with the model's measures.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var warehouse = CommonOptions.Warehouse();
        var model = CommonOptions.Model();
        var text = new Argument<string?>("query") { Description = "The DAX query (EVALUATE …); omit to read --file or standard input.", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<FileInfo?>("--file") { Description = "Read the query from this file." };
        var format = new Option<string>("--format") { Description = "table, csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var role = new Option<string?>("--role") { Description = "Evaluate under this row-level security role." };
        var user = new Option<string?>("--user") { Description = "The user name USERPRINCIPALNAME() returns (with --role)." };
        var command = new Command("query", "Run a DAX query against the warehouse with the model's measures.") { warehouse, model, text, file, format, role, user };
        CommandAction.Set(command, (parse, context) => NotBuiltYet.Fail("kpiw query", 8));
        return command;
    }
}
