namespace KpiWarehouse.Sample.Simulation;

/// <summary>
/// The volumes of a scale: every count is linear in the scale, with small floors so a tiny scale still
/// has a few reps and customers and every file has rows.
/// </summary>
internal sealed record SampleSize(int Reps, int Leads, int LegacyCustomers, double SpendFactor)
{
    public static SampleSize For(double scale) => new(
        Reps: Math.Max(8, (int)Math.Round(40 * scale)),
        Leads: Math.Max(300, (int)Math.Round(15_000 * scale)),
        LegacyCustomers: Math.Max(12, (int)Math.Round(400 * scale)),
        SpendFactor: scale);
}
