using System.Globalization;
using KpiWarehouse.Verify.Grid;

namespace KpiWarehouse.Verify.Sql;

/// <summary>
/// <c>kpi_monthly</c> indexed by grid cell. The table has one row per non-BLANK cell, so a cell without a row is
/// BLANK; every row is taken by at most one cell, and the rows no cell took (a slicer the KPI's Dims do not list, a
/// member or month the grid does not have, a second row for a cell) are reported as findings.
/// </summary>
public sealed class KpiMonthlyCells
{
    private readonly Dictionary<(string Kpi, string Month, string Dimension, string? Member), List<KpiMonthlyRow>> _rows = [];
    private readonly HashSet<KpiMonthlyRow> _taken = new(ReferenceEqualityComparer.Instance);

    /// <summary>Indexes <paramref name="rows"/>.</summary>
    public KpiMonthlyCells(IEnumerable<KpiMonthlyRow> rows)
    {
        foreach (var row in rows)
        {
            var key = (row.Kpi, MonthKey(row.Month), row.Dimension, row.Member);
            if (!_rows.TryGetValue(key, out var list))
                _rows[key] = list = [];
            list.Add(row);
        }
    }

    /// <summary>The month's key as the grid's month periods show it: <c>2024-03</c>.</summary>
    public static string MonthKey(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The value of the cell (null = no row = BLANK), taking its first row.</summary>
    public double? Take(string kpi, string month, Slicer slicer, string? member)
    {
        if (!_rows.TryGetValue((kpi, month, slicer.SqlDimension, member), out var rows))
            return null;
        _taken.Add(rows[0]);
        return rows[0].Value;
    }

    /// <summary>The rows of <paramref name="kpis"/> no cell took, in table order of KPI, month, dimension, member.</summary>
    public IReadOnlyList<KpiMonthlyRow> Untaken(IReadOnlySet<string> kpis) => _rows.Values.SelectMany(r => r)
        .Where(r => kpis.Contains(r.Kpi) && !_taken.Contains(r)).ToList();

    /// <summary>The KPI names of rows that are none of <paramref name="kpis"/>, with their row counts, by name.</summary>
    public IReadOnlyList<(string Kpi, int Rows)> Others(IReadOnlySet<string> kpis) => _rows.Values.SelectMany(r => r)
        .Where(r => !kpis.Contains(r.Kpi)).GroupBy(r => r.Kpi).OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (g.Key, g.Count())).ToList();
}
