using System.CommandLine;
using KpiWarehouse.Cli.Hosting;
using KpiWarehouse.Dax.Query;
using KpiWarehouse.Query;
using KpiWarehouse.Query.Output;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw query --warehouse DIR "EVALUATE …"</c>: run DAX against the warehouse with the model's measures.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var warehouse = CommonOptions.Warehouse();
        var model = new Option<FileSystemInfo?>("--model")
        {
            Description = "The model: a folder written by 'kpiw model' or its model.bim (default: generated from the warehouse).",
        };
        var text = new Argument<string?>("query") { Description = "The DAX query (EVALUATE …); omit to read --file or standard input.", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<FileInfo?>("--file") { Description = "Read the query from this file." };
        var format = new Option<string>("--format") { Description = "table, csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var role = new Option<string?>("--role") { Description = "Evaluate under this row-level security role." };
        var user = new Option<string?>("--user") { Description = "The user name USERPRINCIPALNAME() returns (with --role)." };
        var command = new Command("query", "Run a DAX query against the warehouse with the model's measures.") { warehouse, model, text, file, format, role, user };
        CommandAction.Set(command, (parse, context) =>
        {
            var query = QueryText(parse.GetValue(text), parse.GetValue(file));
            var host = ModelSource.OpenHost(parse.GetValue(warehouse)!, parse.GetValue(model));
            var roleName = parse.GetValue(role);
            if (roleName is not null && !host.Engine.Roles.Any(r => string.Equals(r.Name, roleName, StringComparison.OrdinalIgnoreCase)))
            {
                return CommandContext.Fail("KPIW-C004",
                    $"the model has no role '{roleName}' (it has: {string.Join(", ", host.Engine.Roles.Select(r => r.Name))})");
            }

            var result = host.Evaluate(query, new EvaluateOptions(parse.GetValue(user), roleName));
            if (!result.IsSuccess)
                return CommandContext.Fail(QueryDiagnostics.FromDax(result.Error!));

            ResultWriter.Write(Console.Out, result.Tables, Enum.Parse<ResultFormat>(parse.GetValue(format)!, ignoreCase: true));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string QueryText(string? argument, FileInfo? file)
    {
        if (argument is not null && file is not null)
            CommandContext.Fail("KPIW-C003", "give the query either as an argument or with --file, not both");
        if (argument is not null)
            return argument;
        if (file is not null)
        {
            if (!file.Exists)
                CommandContext.Fail("KPIW-C003", "the query file does not exist", file.FullName);
            return File.ReadAllText(file.FullName);
        }
        if (!Console.IsInputRedirected)
            CommandContext.Fail("KPIW-C003", "no query: give it as an argument, with --file, or on standard input");
        return Console.In.ReadToEnd();
    }
}
