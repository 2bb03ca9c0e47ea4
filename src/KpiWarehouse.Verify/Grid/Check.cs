namespace KpiWarehouse.Verify.Grid;

/// <summary>What kind of value a cell compares.</summary>
public enum CheckKind
{
    /// <summary>The KPI's measure as it is.</summary>
    Measure,
    /// <summary>The measure under an item of the 'Time Intelligence' calculation group.</summary>
    TimeItem,
    /// <summary>The target of the measure's KPI object.</summary>
    Target,
    /// <summary>The measure under an RLS role, as one user.</summary>
    Role,
    /// <summary>The warehouse's <c>kpi_monthly</c> table (DuckDB SQL) instead of DAX, at month grain.</summary>
    Sql,
}

/// <summary>One check: its kind and, for a time item the item's name, for a role the role and the user.</summary>
public sealed record Check(CheckKind Kind, string? Item = null, string? Role = null, string? User = null)
{
    /// <summary>The plain measure.</summary>
    public static Check Measure { get; } = new(CheckKind.Measure);

    /// <summary>The KPI object's target.</summary>
    public static Check Target { get; } = new(CheckKind.Target);

    /// <summary>The kpi_monthly table's value of the measure.</summary>
    public static Check Sql { get; } = new(CheckKind.Sql);

    /// <summary>The items of 'Time Intelligence'[Time Calculation], each verified on the additive KPIs.</summary>
    public static IReadOnlyList<string> TimeItems { get; } = ["Current", "MTD", "QTD", "YTD", "PY", "PYTD", "YoY", "YoY %"];

    /// <summary>A calculation item of 'Time Intelligence'[Time Calculation].</summary>
    public static Check Time(string item) => new(CheckKind.TimeItem, Item: item);

    /// <summary>An RLS role as a user.</summary>
    public static Check AsUser(string role, string user) => new(CheckKind.Role, Role: role, User: user);

    /// <summary>The family in summaries: <c>measure</c>, <c>time YTD</c>, <c>target</c>, <c>role Rep</c>.</summary>
    public string Family => Kind switch
    {
        CheckKind.TimeItem => $"time {Item}",
        CheckKind.Target => "target",
        CheckKind.Role => $"role {Role}",
        CheckKind.Sql => "sql",
        _ => "measure",
    };

    /// <summary>The check as reports show it, with the user for a role: <c>role Rep as ann@example.com</c>.</summary>
    public string Label => Kind == CheckKind.Role ? $"{Family} as {User}" : Family;
}
