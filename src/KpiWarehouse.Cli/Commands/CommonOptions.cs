using System.CommandLine;

namespace KpiWarehouse.Cli.Commands;

/// <summary>Options that several commands share, so they read and document the same way everywhere.</summary>
public static class CommonOptions
{
    /// <summary><c>--warehouse DIR</c>, the folder <c>kpiw load</c> publishes to.</summary>
    public static Option<DirectoryInfo> Warehouse(bool required = true) => new("--warehouse")
    {
        Description = "The warehouse folder (written by 'kpiw load').",
        Required = required,
    };

    /// <summary><c>--model DIR</c>, a folder written by <c>kpiw model</c>.</summary>
    public static Option<DirectoryInfo?> Model() => new("--model")
    {
        Description = "The model folder written by 'kpiw model' (default: the model generated from the warehouse).",
    };
}
