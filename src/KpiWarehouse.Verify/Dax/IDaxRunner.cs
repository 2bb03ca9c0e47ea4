using KpiWarehouse.Contract.Diagnostics;

namespace KpiWarehouse.Verify.Dax;

/// <summary>
/// The verifier's only way to the DAX side: a model loaded over a warehouse that answers DAX queries.
/// The CLI adapts the project's DAX engine host to it; tests use a fake.
/// </summary>
public interface IDaxRunner
{
    /// <summary>
    /// Runs a DAX query (<c>EVALUATE …</c>), optionally under the RLS role <paramref name="role"/> for the user
    /// <paramref name="user"/> (what <c>USERPRINCIPALNAME ()</c> returns). Values: null = BLANK, else
    /// <see cref="long"/>, <see cref="double"/>, <see cref="decimal"/>, <see cref="bool"/>, <see cref="string"/> or
    /// <see cref="DateTime"/>. A query the engine rejects is a <see cref="Diagnostic"/>, not an exception.
    /// </summary>
    Outcome<DaxResult> Evaluate(string query, string? role = null, string? user = null);
}

/// <summary>A query's result table. Read columns by position: engines name grouping columns differently.</summary>
public sealed record DaxResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
