using System.Reflection;
using DuckDB.NET.Data;

namespace KpiWarehouse.Etl;

/// <summary>The SQL files under <c>sql/</c> (embedded resources) and the few calls that run SQL.</summary>
internal static class Sql
{
    private static readonly Assembly Assembly = typeof(Sql).Assembly;

    /// <summary>The text of <c>sql/&lt;path&gt;</c>, e.g. <c>marts/fct_sales.sql</c>.</summary>
    public static string File(string path)
    {
        var name = "KpiWarehouse.Etl.sql." + path.Replace('/', '.');
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"SQL resource {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>True when <c>sql/&lt;path&gt;</c> exists.</summary>
    public static bool Exists(string path) =>
        Assembly.GetManifestResourceInfo("KpiWarehouse.Etl.sql." + path.Replace('/', '.')) is not null;

    /// <summary>The names (without <c>.sql</c>) of the files directly in <c>sql/&lt;folder&gt;/</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> Names(string folder)
    {
        var prefix = "KpiWarehouse.Etl.sql." + folder.Replace('/', '.') + ".";
        return Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[prefix.Length..^4])
            .Where(n => !n.Contains('.', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    // KPIW_SQL_TRACE=1 prints each statement's wall time and the process's CPU time during it to stderr (for
    // profiling a load; unset in normal use; the CPU time is the statement's only while no other work runs).
    private static readonly bool Trace = Environment.GetEnvironmentVariable("KPIW_SQL_TRACE") is "1";

    public static void Execute(DuckDBConnection connection, string sql) => NonQuery(connection, sql);

    public static int NonQuery(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var clock = Trace ? System.Diagnostics.Stopwatch.StartNew() : null;
        var cpu = Trace ? System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime : TimeSpan.Zero;
        var rows = command.ExecuteNonQuery();
        if (clock is not null)
        {
            cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var line = string.Join(' ', sql.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
            Console.Error.WriteLine($"{clock.Elapsed.TotalSeconds,8:0.000} s {cpu.TotalSeconds,8:0.000} s CPU  {line[..Math.Min(110, line.Length)]}");
        }
        return rows;
    }

    public static T Scalar<T>(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static List<object?[]> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>A SQL string literal.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "''") + "'";
}
