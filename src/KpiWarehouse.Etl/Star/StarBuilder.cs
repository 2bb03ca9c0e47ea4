using DuckDB.NET.Data;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Etl.Star;

/// <summary>Builds every star table from its mart file (<c>sql/marts/&lt;table&gt;.sql</c>) over the <c>valid_*</c> tables.
/// Rows are stored unsorted: the Parquet export sorts each table by <see cref="StarTable.OrderBy"/>.</summary>
internal static class StarBuilder
{
    public static long Build(DuckDBConnection connection, IProgress<ProgressUpdate>? progress)
    {
        long rows = 0;
        for (var i = 0; i < StarTable.All.Count; i++)
        {
            var table = StarTable.All[i];
            progress?.Report(new ProgressUpdate("build star schema", i, StarTable.All.Count));
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
