using System.CommandLine;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw model --warehouse DIR --out DIR</c>: the PBIP/TMDL project and the TMSL model.bim.</summary>
public static class ModelCommand
{
    public static Command Create()
    {
        var warehouse = CommonOptions.Warehouse();
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Folder to write the PBIP project, model.bim and the TMSL deploy script to.", Required = true };
        var command = new Command("model", "Generate the semantic model (PBIP with TMDL, and TMSL model.bim) with every KPI as a DAX measure.") { warehouse, outDir };
        CommandAction.Set(command, (parse, context) => NotBuiltYet.Fail("kpiw model", 5));
        return command;
    }
}
