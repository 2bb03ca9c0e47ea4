using System.Globalization;
using KpiWarehouse.Sample.Tests.Support;

namespace KpiWarehouse.Sample.Tests.Rules;

// The rules the contract states in words rather than in the column table.
public static partial class RuleChecker
{
    private static void CheckEntityRules(Func<string, CsvTable> table, List<string> errors)
    {
        ForEach(table("customers"), (t, r) => r[t.Column("referred_by_customer_id")] == r[t.Column("customer_id")]
            ? "referred_by_customer_id: a customer refers itself" : null, errors);
        ForEach(table("opportunities"), (t, r) =>
        {
            var closed = r[t.Column("closed_at")].Length > 0;
            var status = r[t.Column("status")].Trim().ToUpperInvariant();
            return status == "OPEN" && closed ? "closed_at: set on an OPEN opportunity"
                : status != "OPEN" && !closed ? $"closed_at: required when {status}" : null;
        }, errors);
        ForEach(table("quotes"), (t, r) => r[t.Column("status")].Trim().ToUpperInvariant() != "SENT" && r[t.Column("decided_at")].Length == 0
            ? "decided_at: required unless SENT" : null, errors);
        ForEach(table("meetings"), (t, r) => IsTrue(r[t.Column("held")]) && r[t.Column("status")].Trim().ToUpperInvariant() != "ACCEPTED"
            ? "held: true on a meeting that is not ACCEPTED" : null, errors);
        ForEach(table("surveys"), (t, r) =>
        {
            var score = long.Parse(r[t.Column("score")], CultureInfo.InvariantCulture);
            var (low, high) = r[t.Column("survey_type")].Trim().ToUpperInvariant() switch { "NPS" => (0, 10), "CSAT" => (1, 5), _ => (0, 1) };
            return score < low || score > high ? $"score: {score} outside {low}..{high}" : null;
        }, errors);
        ForEach(table("targets"), (t, r) => r[t.Column("month")].EndsWith("-01", StringComparison.Ordinal) ? null : "month: not the first day of a month", errors);
        CheckChannels(table, errors);
        CheckMrr(table("subscription_events"), errors);
    }

    /// <summary>customers.acquisition_channel is a channel code as in leads.source (or a spend channel).</summary>
    private static void CheckChannels(Func<string, CsvTable> table, List<string> errors)
    {
        var leads = table("leads");
        var spend = table("marketing_spend");
        var channels = leads.Rows.Select(r => r[leads.Column("source")].Trim().ToLowerInvariant())
            .Concat(spend.Rows.Select(r => r[spend.Column("channel")].Trim().ToLowerInvariant())).ToHashSet();
        ForEach(table("customers"), (t, r) =>
        {
            var channel = r[t.Column("acquisition_channel")];
            return channel.Length > 0 && !channels.Contains(channel.Trim().ToLowerInvariant()) ? $"acquisition_channel: unknown channel '{channel}'" : null;
        }, errors);
    }

    /// <summary>
    /// Signs per event type; a customer's MRR (the sum of its deltas up to and including a date) never
    /// below 0; a CHURN takes it to exactly 0 on its date.
    /// </summary>
    private static void CheckMrr(CsvTable events, List<string> errors)
    {
        var customer = events.Column("customer_id");
        var date = events.Column("event_date");
        var type = events.Column("event_type");
        var delta = events.Column("mrr_delta");
        foreach (var row in events.Rows)
        {
            var value = decimal.Parse(row[delta], CultureInfo.InvariantCulture);
            var positive = row[type].Trim().ToUpperInvariant() is "NEW" or "EXPANSION" or "REACTIVATION";
            if (positive ? value <= 0 : value >= 0)
                errors.Add($"subscription_events:{row.Line}: mrr_delta: {value} has the wrong sign for {row[type]}");
        }
        foreach (var group in events.Rows.GroupBy(r => r[customer]))
        {
            var mrr = 0m;
            foreach (var day in group.GroupBy(r => r[date]).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                mrr += day.Sum(r => decimal.Parse(r[delta], CultureInfo.InvariantCulture));
                if (mrr < 0)
                    errors.Add($"subscription_events:{day.First().Line}: mrr_delta: customer {group.Key} MRR {mrr} below 0 on {day.Key}");
                if (mrr != 0 && day.Any(r => r[type].Trim().ToUpperInvariant() == "CHURN"))
                    errors.Add($"subscription_events:{day.First().Line}: event_type: CHURN leaves customer {group.Key} at MRR {mrr} on {day.Key}");
            }
        }
    }

    private static bool IsTrue(string value) => value.ToLowerInvariant() is "true" or "1" or "yes";

    private static void ForEach(CsvTable data, Func<CsvTable, CsvRow, string?> rule, List<string> errors)
    {
        foreach (var row in data.Rows)
        {
            if (rule(data, row) is { } problem)
                errors.Add($"{data.Name}:{row.Line}: {problem}");
        }
    }
}
