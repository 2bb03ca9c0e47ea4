using DuckDB.NET.Data;
using KpiWarehouse.Catalog;
using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Etl.Star;

/// <summary>Builds every star table from its mart file (<c>sql/marts/&lt;table&gt;.sql</c>) over the <c>valid_*</c> tables,
/// and last <c>kpi_monthly</c> from <c>sql/kpi/</c> over the star tables. A mart's rows are stored sorted by
/// <see cref="StarTable.StoredOrder"/>: one sort per table, and the Parquet export scans instead of sorting (one sort
/// per partition before).</summary>
internal static class StarBuilder
{
    // The catalog shipped in KpiWarehouse.Catalog; it is validated by that project's tests, so failing to read it is a bug.
    private static readonly Lazy<KpiCatalog> EmbeddedCatalog = new(() => CatalogReader.ReadEmbedded() is { IsSuccess: true } read
        ? read.Value
        : throw new InvalidOperationException("the embedded KPI catalog does not read"));

    public static long Build(DuckDBConnection connection, IProgress<ProgressUpdate>? progress)
    {
        var marts = StarTable.All.Where(t => !t.FromKpiSql).ToDictionary(t => t.Name, t => Sql.File($"marts/{t.Name}.sql"), StringComparer.Ordinal);
        var rows = new long[StarTable.All.Count];
        var done = 0;
        var parallelism = Math.Min(2, Math.Max(1, Sql.Scalar<int>(connection, "select current_setting('threads')")));
        // In waves: every mart whose star tables (the ones its file names) are built, two at a time on their own
        // connections (a small table's CREATE keeps one core busy). A table's contents and stored order do not
        // depend on what runs beside it.
        var built = new HashSet<string>(StringComparer.Ordinal);
        while (built.Count < marts.Count)
        {
            var wave = StarTable.All.Select((t, i) => (Table: t, Index: i))
                .Where(x => marts.ContainsKey(x.Table.Name) && !built.Contains(x.Table.Name)
                    && Uses(marts[x.Table.Name], x.Table.Name).All(built.Contains))
                .ToList();
            if (wave.Count == 0)
                throw new InvalidOperationException("the mart files name each other in a cycle");
            Parallel.ForEach(wave, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
                () => { var own = connection.Duplicate(); own.Open(); return own; },
                (x, _, own) =>
                {
                    Sql.Execute(own, $"""
                        create or replace table {x.Table.Name} as
                        select * from (
                        {marts[x.Table.Name]}
                        )
                        order by {x.Table.StoredOrder}
                        """);
                    rows[x.Index] = Sql.Scalar<long>(own, $"select count(*) from {x.Table.Name}");
                    progress?.Report(new ProgressUpdate("build star schema", Interlocked.Increment(ref done), StarTable.All.Count));
                    return own;
                },
                own => own.Dispose());
            built.UnionWith(wave.Select(x => x.Table.Name));
        }
        foreach (var (table, i) in StarTable.All.Select((t, i) => (t, i)).Where(x => x.t.FromKpiSql))
        {
            rows[i] = Kpi.KpiMonthly.Build(connection, EmbeddedCatalog.Value);
            progress?.Report(new ProgressUpdate("build star schema", Interlocked.Increment(ref done), StarTable.All.Count));
        }
        return rows.Sum();
    }

    // The other star tables a mart file reads (named dim_* or fct_*).
    private static IEnumerable<string> Uses(string sql, string self) =>
        StarTable.All.Select(t => t.Name).Where(n => n != self && System.Text.RegularExpressions.Regex.IsMatch(sql, $@"\b{n}\b"));
}
