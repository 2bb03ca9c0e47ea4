using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Sample.Tests.Rules;
using KpiWarehouse.Sample.Tests.Support;

namespace KpiWarehouse.Sample.Tests;

/// <summary>The generated files against the contract's text: columns and every rule of every row.</summary>
public sealed class ContractRulesTests(SmallSample sample) : IClassFixture<SmallSample>
{
    public static TheoryData<string> EntityNames() => new(ContractText.Entities.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(EntityNames))]
    public void Header_OfEveryFile_IsExactlyTheContractColumnsInOrder(string entity)
    {
        var expected = ContractText.Entities.Single(e => e.Name == entity).Columns.Select(c => c.Name).ToArray();
        Assert.Equal(expected, sample.Folder.Table(entity).Header);
        Assert.Equal(expected, RawSchema.Find(entity)!.Columns.Select(c => c.Name).ToArray());
    }

    [Fact]
    public void Folder_AfterGeneration_HoldsExactlyTheFifteenContractFiles()
    {
        var files = Directory.GetFiles(sample.Folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(ContractText.Entities.Select(e => e.Name + ".csv").Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void EveryRow_OfSmallSample_PassesEveryContractRule()
    {
        var errors = RuleChecker.Check(sample.Folder.Table);
        Assert.True(errors.Count == 0, $"{errors.Count} broken rules, first ones:\n{string.Join('\n', errors.Take(20))}");
    }

    /// <summary>Each row plants one broken value in a valid sample; the checker must name it (so the test above can fail).</summary>
    [Theory]
    [InlineData("opportunities", "status", "WON", "closed_at", "", "required when WON")]
    [InlineData("opportunities", "status", "OPEN", "closed_at", "2024-12-31", "set on an OPEN")]
    [InlineData("meetings", "status", "DECLINED", "held", "true", "not ACCEPTED")]
    [InlineData("quotes", "status", "SIGNED", "decided_at", "", "required unless SENT")]
    [InlineData("surveys", "survey_type", "CSAT", "score", "0", "outside 1..5")]
    [InlineData("surveys", "survey_type", "NPS", "score", "11", "outside 0..10")]
    [InlineData("surveys", "survey_type", "OUTCOME", "score", "2", "outside 0..1")]
    [InlineData("targets", "metric", "REVENUE", "month", "2022-01-15", "first day")]
    [InlineData("subscription_events", "event_type", "CHURN", "mrr_delta", "-0.01", "CHURN leaves")]
    [InlineData("subscription_events", "event_type", "NEW", "mrr_delta", "-5.00", "wrong sign")]
    [InlineData("subscription_events", "event_type", "CONTRACTION", "mrr_delta", "-999999.00", "below 0")]
    [InlineData("orders", "line_no", "2", "line_no", "1", "duplicate key")]
    [InlineData("orders", "line_no", "1", "quantity", "0", "below the minimum")]
    [InlineData("orders", "line_no", "1", "discount_pct", "1.5", "above the maximum")]
    [InlineData("leads", "direction", "INBOUND", "direction", "SIDEWAYS", "unknown code")]
    [InlineData("leads", "direction", "INBOUND", "owner_rep_id", "REP-999", "not a key of reps")]
    [InlineData("leads", "direction", "INBOUND", "created_at", "2024-13-01T00:00:00", "not a timestamp")]
    [InlineData("reps", "role", "SDR", "leave_date", "1999-01-01", "before hire_date")]
    [InlineData("reps", "role", "SDR", "rep_name", "", "required value missing")]
    [InlineData("customers", "segment", "SMB", "referred_by_customer_id", "{customer_id}", "refers itself")]
    [InlineData("customers", "segment", "SMB", "acquisition_channel", "telepathy", "unknown channel")]
    [InlineData("opportunity_stages", "stage", "Découverte", "stage", "Inconnue", "not a key of stages")]
    [InlineData("stages", "stage", "Gagnée", "probability", "1.01", "above the maximum")]
    public void RuleChecker_PlantedViolation_IsReported(string file, string whereColumn, string whereValue, string column, string value, string expected)
    {
        var original = sample.Folder.Table(file);
        var row = original.Rows.First(r => r[original.Column(whereColumn)] == whereValue);
        if (value == "{customer_id}")
            value = row[original.Column("customer_id")];
        var broken = original.With(row, column, value);
        var errors = RuleChecker.Check(name => name == file ? broken : sample.Folder.Table(name));
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal) && e.StartsWith($"{file}:", StringComparison.Ordinal));
    }
}
