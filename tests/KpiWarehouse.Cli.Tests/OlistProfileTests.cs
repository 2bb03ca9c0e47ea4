using System.Globalization;
using System.Text.Json.Nodes;
using KpiWarehouse.Cli.Commands;
using KpiWarehouse.Cli.Hosting;

namespace KpiWarehouse.Cli.Tests;

/// <summary>
/// The built-in profile olist-funnel on the real Olist files of <c>shared/datasets/olist-marketing-funnel</c>
/// (docs/profiles/olist-funnel.md): load, model and verify run green, every source row is accounted for, and the
/// warehouse gives back totals counted straight from the CSV. The expected numbers are literals counted with awk
/// (commands beside each); they are the data set's, which is published byte-exact (SHA256SUMS), so they do not drift.
/// Without the data set every test here is reported as skipped, with the folder it looked for.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class OlistProfileTests(OlistProfileTests.Warehouse warehouse) : IClassFixture<OlistProfileTests.Warehouse>
{
    private const string OlistDataSet = "olist-marketing-funnel";
    private const string Mqls = "olist_marketing_qualified_leads_dataset.csv";
    private const string Deals = "olist_closed_deals_dataset.csv";

    // The one deal won before its lead's first contact (awk -F, 'NR==FNR{if(FNR>1)f[$1]=$2;next}
    // FNR>1 && substr($5,1,10)<f[$1]{print $1, FNR}' $MQLS $DEALS): mql b91cf881…, deals line 669, MQL line 6359.
    private const string WonBeforeContact = "b91cf8812365f50ff4bda4bcd6206b05";

    [DatasetFact(OlistDataSet)]
    public void Load_OlistFunnel_EachSourceFileReadEqualsLoadedPlusQuarantined()
    {
        var sources = warehouse.Manifest()["profile"]!["sources"]!.AsArray()
            .ToDictionary(s => (string)s!["file"]!, s => s!);

        foreach (var source in sources.Values)
            Assert.Equal((long)source["rows_read"]!,
                (long)source["rows_loaded"]! + (long)source["rows_quarantined_by_profile"]! + (long)source["rows_quarantined_by_load"]!);
        // awk 'END{print NR-1}' $MQLS → 8000; the deals file has quoted fields, but none spans lines: wc -l − 1 → 842.
        Assert.Equal((8000L, 7999L, 0L, 1L), Counts(sources[Mqls]));
        Assert.Equal((842L, 841L, 0L, 1L), Counts(sources[Deals]));
        Assert.Contains($"{Mqls}: 8,000 read = 7,999 loaded + 1 quarantined", warehouse.LoadOutput, StringComparison.Ordinal);
        Assert.Contains($"{Deals}: 842 read = 841 loaded + 1 quarantined", warehouse.LoadOutput, StringComparison.Ordinal);
    }

    [DatasetFact(OlistDataSet)]
    public void Load_DealWonBeforeFirstContact_LeadAndOpportunityQuarantinedByTheDateOrderRule()
    {
        var quarantine = File.ReadAllLines(Path.Combine(warehouse.Generation, "quarantine", "quarantine.csv")).Skip(1).ToList();

        Assert.Equal(2, quarantine.Count);
        Assert.StartsWith("leads.csv,6359,converted_at,KPIW-L109,", quarantine[0], StringComparison.Ordinal);
        Assert.StartsWith("opportunities.csv,669,closed_at,KPIW-L109,", quarantine[1], StringComparison.Ordinal);
        Assert.All(quarantine, line => Assert.Contains(WonBeforeContact, line, StringComparison.Ordinal));
    }

    [DatasetFact(OlistDataSet)]
    public void ModelAndVerify_OlistFunnel_EveryMeasureAgreesWithTheReference()
    {
        Assert.True(warehouse.ModelExit == ExitCodes.Success, warehouse.ModelOutput);
        Assert.True(warehouse.VerifyExit == ExitCodes.Success, warehouse.VerifyOutput);
        Assert.Matches(@"\n\d{5,} cells checked, 0 mismatches;", warehouse.VerifyOutput);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(warehouse.Report, "verify-report.json")))!;
        Assert.True((bool)report["passed"]!);
        Assert.Equal(0, (int)report["mismatches"]!);
    }

    [DatasetFact(OlistDataSet)]
    public void Query_FunnelTotals_EqualCountsFromTheCsvLessTheQuarantinedDeal()
    {
        var rows = warehouse.Query("""
            EVALUATE ROW ( "leads", COUNTROWS ( 'Leads' ), "new", [New Leads], "inbound", [Inbound Leads], "mqls", [MQLs],
                "won", [Deals Won], "cycle", [Average Sales Cycle Days] )
            """);

        // 8000 MQLs (awk 'END{print NR-1}' $MQLS) less the quarantined one; 842 closed deals less the same one.
        // Sales cycle: Σ (won date − first contact date) over the 841 loaded deals = 40,789 days (python csv, date
        // difference per deal joined on mql_id) → 40789 / 841.
        Assert.Equal(["7999,7999,7999,7999,841," + (40789d / 841).ToString("R", CultureInfo.InvariantCulture)], rows);
    }

    [DatasetFact(OlistDataSet)]
    public void Query_NewLeadsPerChannel_EqualOriginCountsWithEmptyOriginAsUnknown()
    {
        var rows = warehouse.Query("EVALUATE SUMMARIZECOLUMNS ( 'Channel'[Channel], \"n\", [New Leads] ) ORDER BY 'Channel'[Channel]");

        // awk -F, 'NR>1{c[$4]++} END{for(k in c) print k, c[k]}' $MQLS: unknown 1099 + 60 empty = 1159; organic_search
        // 2296 less the quarantined MQL (line 6359 is organic_search).
        Assert.Equal(
        [
            "direct_traffic,499", "display,118", "email,493", "organic_search,2295", "other,150", "other_publicities,65",
            "paid_search,1586", "referral,284", "social,1350", "unknown,1159",
        ], rows);
    }

    [DatasetFact(OlistDataSet)]
    public void Query_DealsWonAndNewLeadsPerYear_EqualCountsByYearFromTheCsv()
    {
        var rows = warehouse.Query("EVALUATE SUMMARIZECOLUMNS ( 'Date'[Year], \"won\", [Deals Won], \"new\", [New Leads] ) ORDER BY 'Date'[Year]");

        // awk -F, 'NR>1{print substr($5,1,4)}' $DEALS | sort | uniq -c → 2017: 3, 2018: 839 (won_date precedes the quoted
        // columns); awk -F, 'NR>1{print substr($2,1,4)}' $MQLS | sort | uniq -c → 2017: 2002, 2018: 5998. The
        // quarantined deal and MQL are both of 2018.
        Assert.Equal(["2017,3,2002", "2018,838,5997"], rows);
    }

    private static (long Read, long Loaded, long ByProfile, long ByLoad) Counts(JsonNode source) =>
        ((long)source["rows_read"]!, (long)source["rows_loaded"]!, (long)source["rows_quarantined_by_profile"]!, (long)source["rows_quarantined_by_load"]!);

    /// <summary>
    /// Loads the data set once with the built-in profile, generates the model and verifies it; each test reads
    /// what it needs. Nothing runs when the data set is absent (the tests are skipped).
    /// </summary>
    public sealed class Warehouse : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("kpiw-olist-").FullName;

        public Warehouse()
        {
            if (Datasets.Folder(OlistDataSet) is not { } raw)
                return;
            var (exit, output, error) = Kpiw.Run([LoadCommand.Create()], ["load", "--raw", raw, "--warehouse", Folder, "--profile", "olist-funnel"]);
            Assert.True(exit == ExitCodes.Success, output + error);
            LoadOutput = output;
            (ModelExit, ModelOutput, _) = Kpiw.Run([ModelCommand.Create()], ["model", "--warehouse", Folder, "--out", Path.Combine(_root, "model")]);
            (VerifyExit, VerifyOutput, var verifyError) = Kpiw.Run([VerifyCommand.Create()], ["verify", "--warehouse", Folder, "--report", Report]);
            VerifyOutput += verifyError;
        }

        public string Folder => Path.Combine(_root, "warehouse");

        public string Report => Path.Combine(_root, "verify");

        public string Generation => Path.Combine(Folder, File.ReadAllText(Path.Combine(Folder, "current")).Trim());

        public string LoadOutput { get; } = "";

        public int ModelExit { get; }

        public string ModelOutput { get; } = "";

        public int VerifyExit { get; }

        public string VerifyOutput { get; } = "";

        public JsonNode Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(Generation, "manifest.json")))!;

        /// <summary>The result rows of <paramref name="dax"/> as invariant CSV lines, without the header.</summary>
        public List<string> Query(string dax)
        {
            var (exit, output, error) = Kpiw.Run([QueryCommand.Create()], ["query", "--warehouse", Folder, dax, "--format", "csv"]);
            Assert.True(exit == ExitCodes.Success, error);
            return output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
