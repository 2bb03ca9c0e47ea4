using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

// Monthly spend per channel and category, and monthly targets per rep and for the company.
internal sealed partial class SalesSimulation
{
    /// <summary>Channel, category and monthly budget in euros at scale 1; events spend in March and October only.</summary>
    private static readonly (string Channel, string Category, int Euros)[] Budgets =
    [
        ("web", "MARKETING", 3_500), ("paid_search", "MARKETING", 9_000), ("referral", "MARKETING", 800),
        ("event", "MARKETING", 0), ("event", "SALES", 1_500), ("partner", "MARKETING", 1_500), ("partner", "SALES", 2_500),
        ("cold_call", "SALES", 6_000), ("cold_email", "SALES", 2_000), (Catalog.ChannelWithoutLeads, "MARKETING", 3_000),
    ];

    private void WriteSpend()
    {
        for (var m = 0; m < SampleCalendar.Months; m++)
        {
            foreach (var (channel, category, euros) in Budgets)
            {
                var budget = channel == "event" && category == "MARKETING" && m % 12 is 2 or 9 ? 24_000 : euros;
                var cents = (long)(budget * 100 * SampleCalendar.Weight(m) * _size.SpendFactor * _rng.Between(85, 115) / 100);
                var file = _out.MarketingSpend;
                file.Date(SampleCalendar.FirstDayOf(m));
                file.Text(channel);
                file.Text(category);
                file.Money(cents);
                file.EndRow();
            }
        }
    }

    /// <summary>
    /// Targets are set from what each rep (and the company) actually achieved over the year, with a stretch
    /// and some noise, so attainment varies around 100 %. SDRs carry lead targets; BDMs and AMs revenue and
    /// deal targets; company rows (empty rep) carry all three.
    /// </summary>
    private void WriteTargets()
    {
        var company = _reps.Count;
        for (var m = 0; m < SampleCalendar.Months; m++)
        {
            var share = SampleCalendar.Season[m % 12];
            Target(m, -1, "REVENUE", RoundTo(YearAverage(_revenueCents, company, m) * share * Stretch(), 100_000));
            Target(m, -1, "NEW_LEADS", 100 * Math.Round(YearAverage(_newLeads, company, m) * share * Stretch()));
            Target(m, -1, "DEALS_WON", 100 * Math.Round(YearAverage(_dealsWon, company, m) * share * Stretch()));
            foreach (var rep in _reps)
            {
                if (rep.Role == Role.Manager || !rep.IsEmployedIn(m))
                    continue;
                if (rep.Role == Role.Sdr)
                {
                    Target(m, rep.Index, "NEW_LEADS", 100 * Math.Max(5, Math.Round(YearAverage(_newLeads, rep.Index, m) * Stretch())));
                    continue;
                }
                Target(m, rep.Index, "REVENUE", Math.Max(100_000, RoundTo(YearAverage(_revenueCents, rep.Index, m) * share * Stretch(), 50_000)));
                Target(m, rep.Index, "DEALS_WON", 100 * Math.Max(1, Math.Round(YearAverage(_dealsWon, rep.Index, m) * Stretch())));
            }
        }
    }

    private double Stretch() => _rng.Between(95, 125) / 100.0;

    private static double RoundTo(double cents, long unit) => Math.Round(cents / unit) * unit;

    /// <summary>The monthly average of a rep's (or the company's) actuals over the year of <paramref name="month"/>.</summary>
    private static double YearAverage(long[,] actuals, int row, int month)
    {
        long sum = 0;
        for (var m = month / 12 * 12; m < month / 12 * 12 + 12; m++)
            sum += actuals[row, m];
        return sum / 12.0;
    }

    private static double YearAverage(int[,] actuals, int row, int month)
    {
        long sum = 0;
        for (var m = month / 12 * 12; m < month / 12 * 12 + 12; m++)
            sum += actuals[row, m];
        return sum / 12.0;
    }

    private void Target(int month, int rep, string metric, double cents)
    {
        var file = _out.Targets;
        file.Date(SampleCalendar.FirstDayOf(month));
        RepId(file, rep);
        file.Text(metric);
        file.Money((long)cents);
        file.EndRow();
    }
}
