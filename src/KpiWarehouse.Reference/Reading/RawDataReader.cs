using System.Text;
using KpiWarehouse.Contract.Diagnostics;
using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Reference.Rows;

namespace KpiWarehouse.Reference.Reading;

/// <summary>Where the reference reads its rows from.</summary>
/// <param name="Locale">How the raw files are written (the locale the load was run with).</param>
/// <param name="QuarantinePath">The load's <c>quarantine/quarantine.csv</c>; null when nothing was quarantined.</param>
public sealed record RawReadOptions(RawLocale Locale = RawLocale.Invariant, string? QuarantinePath = null);

/// <summary>The one entry point that reads a canonical raw folder into the accepted rows.</summary>
public static class RawDataReader
{
    /// <summary>
    /// Reads every canonical file of <paramref name="rawFolder"/> (a missing optional file = no rows), leaving out the
    /// rows the quarantine names. Fails only when the folder, reps.csv or a named quarantine file is missing or the
    /// quarantine is malformed.
    /// </summary>
    public static Outcome<RawDataSet> Read(string rawFolder, RawReadOptions? options = null)
    {
        options ??= new RawReadOptions();
        if (!Directory.Exists(rawFolder))
            return ReferenceDiagnostics.RawFolderMissing(rawFolder);
        var quarantine = QuarantineFile.Empty;
        if (options.QuarantinePath is { } path)
        {
            var read = QuarantineFile.Read(path);
            if (!read.IsSuccess)
                return read.Error!;
            quarantine = read.Value;
        }
        var files = new List<RawFileStats>();
        var findings = new List<Diagnostic>();
        var rows = new Dictionary<string, List<ParsedRow>>();
        foreach (var entity in RawSchema.Entities)
        {
            var file = Path.Combine(rawFolder, entity.FileName);
            if (!File.Exists(file))
            {
                if (entity.IsRequired)
                    return ReferenceDiagnostics.RequiredFileMissing(file);
                files.Add(new RawFileStats(entity.Name, false, 0, 0, 0));
                rows[entity.Name] = [];
                continue;
            }
            var text = File.ReadAllText(file, new UTF8Encoding(false));
            var (parsed, stats) = RawFileReader.Read(entity, text, options.Locale, quarantine, findings);
            files.Add(stats);
            rows[entity.Name] = parsed;
        }
        return Outcome<RawDataSet>.Ok(Build(rows, files, findings));
    }

    private static RawDataSet Build(Dictionary<string, List<ParsedRow>> rows, List<RawFileStats> files, List<Diagnostic> findings) => new()
    {
        Reps = rows["reps"].Select(RawRep.From).ToList(),
        Customers = rows["customers"].Select(RawCustomer.From).ToList(),
        Products = rows["products"].Select(RawProduct.From).ToList(),
        Stages = rows["stages"].Select(RawStage.From).ToList(),
        Leads = rows["leads"].Select(RawLead.From).ToList(),
        Opportunities = rows["opportunities"].Select(RawOpportunity.From).ToList(),
        OpportunityStages = rows["opportunity_stages"].Select(RawOpportunityStage.From).ToList(),
        Quotes = rows["quotes"].Select(RawQuote.From).ToList(),
        Activities = rows["activities"].Select(RawActivity.From).ToList(),
        Meetings = rows["meetings"].Select(RawMeeting.From).ToList(),
        Orders = rows["orders"].Select(RawOrderLine.From).ToList(),
        SubscriptionEvents = rows["subscription_events"].Select(RawSubscriptionEvent.From).ToList(),
        Spend = rows["marketing_spend"].Select(RawSpend.From).ToList(),
        Surveys = rows["surveys"].Select(RawSurvey.From).ToList(),
        Targets = rows["targets"].Select(RawTarget.From).ToList(),
        Files = files,
        Findings = findings,
    };
}
