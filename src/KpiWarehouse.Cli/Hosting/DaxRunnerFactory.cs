using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Verify.Dax;

namespace KpiWarehouse.Cli.Hosting;

/// <summary>
/// The one place the CLI turns a warehouse (and optionally a model folder) into the verifier's DAX side. The lead
/// fills <see cref="Open"/> with an adapter from the DAX engine host (src/KpiWarehouse.Query) to
/// <see cref="IDaxRunner"/>.
/// </summary>
public static class DaxRunnerFactory
{
    /// <summary>
    /// A DAX runner over <paramref name="warehouse"/>'s published generation with the measures of the model in
    /// <paramref name="model"/> (null: the model generated from the warehouse). Until the DAX host lands this is
    /// KPIW-C001 naming issue #8.
    /// </summary>
    public static Outcome<IDaxRunner> Open(WarehouseLocation warehouse, DirectoryInfo? model) =>
        new Diagnostic("KPIW-C001", "the DAX host that loads a warehouse and its model into the DAX engine is not built yet (open issue #8)", warehouse.WarehouseFolder);
}
