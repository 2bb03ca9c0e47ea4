namespace KpiWarehouse.Dax.Evaluation;

/// <summary>
/// Size limits that turn a runaway query (CROSSJOIN of two facts, a huge GENERATESERIES) into the
/// error DAX1010 instead of exhausting memory or running for hours.
/// </summary>
internal static class Limits
{
    /// <summary>The most rows a computed table may have.</summary>
    public const long MaxRows = 5_000_000;

    public static void CheckRows(long rows, string function)
    {
        if (rows > MaxRows)
            throw new DaxEvaluationError(EvaluationDiagnostics.LimitExceeded,
                $"{function} would produce more than {MaxRows:N0} rows, the engine's limit.");
    }
}
