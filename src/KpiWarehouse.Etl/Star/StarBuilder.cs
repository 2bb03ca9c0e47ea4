using DuckDB.NET.Data;
using KpiWarehouse.Catalog;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Etl.Star;

/// <summary>Builds every star table from its mart file (<c>sql/marts/&lt;table&gt;.sql</c>) over the <c>valid_*</c> tables,
/// and last <c>kpi_monthly</c> from <c>sql/kpi/</c> over the star tables. Rows are stored unsorted: the Parquet export
/// sorts each table by <see cref="StarTable.OrderBy"/>.</summary>
internal static class StarBuilder
{
    // The catalog shipped in KpiWarehouse.Catalog; it is validated by that project's tests, so failing to read it is a bug.
    private static readonly Lazy<KpiCatalog> EmbeddedCatalog = new(() => CatalogReader.ReadEmbedded() is { IsSuccess: true } read
        ? read.Value
        : throw new InvalidOperationException("the embedded KPI catalog does not read"));

    public static long Build(DuckDBConnection connection, IProgress<ProgressUpdate>? progress)
    {
        long rows = 0;
        for (var i = 0; i < StarTable.All.Count; i++)
        {
            var table = StarTable.All[i];
            progress?.Report(new ProgressUpdate("build star schema", i, StarTable.All.Count));
            if (table.FromKpiSql)
            {
                rows += Kpi.KpiMonthly.Build(connection, EmbeddedCatalog.Value);
                continue;
            }
            Sql.Execute(connection, $"""
                create or replace table {table.Name} as
                select * from (
                {Sql.File($"marts/{table.Name}.sql")}
                )
                """);
            rows += Sql.Scalar<long>(connection, $"select count(*) from {table.Name}");
        }
        progress?.Report(new ProgressUpdate("build star schema", StarTable.All.Count, StarTable.All.Count));
        return rows;
    }
}
