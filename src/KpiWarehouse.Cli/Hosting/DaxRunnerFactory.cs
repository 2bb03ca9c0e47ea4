using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Warehouse;
using KpiWarehouse.Dax.Query;
using KpiWarehouse.Dax.Values;
using KpiWarehouse.Query;
using KpiWarehouse.Query.Hosting;
using KpiWarehouse.Verify.Dax;

namespace KpiWarehouse.Cli.Hosting;

/// <summary>The one place the CLI turns a warehouse (and optionally a model folder) into the verifier's DAX side.</summary>
public static class DaxRunnerFactory
{
    /// <summary>
    /// A DAX runner over <paramref name="warehouse"/>'s published generation with the measures of the model in
    /// <paramref name="model"/> (null: the model generated from the warehouse, as <c>kpiw model</c> writes it).
    /// </summary>
    public static Outcome<IDaxRunner> Open(WarehouseLocation warehouse, DirectoryInfo? model)
    {
        var definition = ModelSource.Read(warehouse, model);
        if (!definition.IsSuccess)
            return definition.Error!;
        var host = DaxHost.Open(warehouse, definition.Value);
        return host.IsSuccess ? Outcome<IDaxRunner>.Ok(new EngineRunner(host.Value)) : host.Error!;
    }

    /// <summary>The verifier's view of the project's DAX engine.</summary>
    private sealed class EngineRunner(DaxHost host) : IDaxRunner
    {
        public Outcome<DaxResult> Evaluate(string query, string? role = null, string? user = null)
        {
            var result = host.Evaluate(query, new EvaluateOptions(user, role));
            if (!result.IsSuccess)
                return QueryDiagnostics.FromDax(result.Error!);
            var table = result.Tables[^1];
            return Outcome<DaxResult>.Ok(new DaxResult(
                table.Columns.Select(c => c.Name).ToList(),
                table.Rows.Select(r => r.Select(ToClr).ToArray()).ToList()));
        }

        private static object? ToClr(DaxValue value) => value.Type switch
        {
            DaxType.Blank => null,
            DaxType.Boolean => value.BooleanValue,
            DaxType.Integer => value.IntegerValue,
            DaxType.Currency => value.AsDecimal(),
            DaxType.Double => value.DoubleBits,
            DaxType.DateTime => DateTime.FromOADate(value.SerialDate),
            _ => value.StringValue,
        };
    }
}
