using KpiWarehouse.Contract.Raw;
using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Tests;

public sealed class ReadingTests
{
    [Fact]
    public void CsvReader_QuotesBomAndCrlf_GivesFieldsAndStartLines()
    {
        var text = "\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",z\r\n\r\nlast,\n";

        var records = CsvReader.Records(text, ',').ToList();

        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal(["x, y", "say \"hi\""], records[1].Fields);
        Assert.Equal(["two\r\nlines", "z"], records[2].Fields);
        Assert.Equal(["last", ""], records[3].Fields);
        Assert.Equal([1, 2, 3, 6], records.Select(r => r.Line));
    }

    [Theory]
    [InlineData("2024-03-01T09:05", true)]
    [InlineData("2024-03-01T09:05:07", true)]
    [InlineData("2024-03-01 09:05", true)]
    [InlineData("2024-03-01 09:05:07", true)]
    [InlineData("2024-03-01", false)]
    [InlineData("01/03/2024 09:05", false)]
    [InlineData("2024-03-01T09:05:07Z", false)]
    public void TryTimestamp_ContractForms_AreTheOnlyOnesAccepted(string text, bool accepted)
    {
        Assert.Equal(accepted, ValueParser.TryTimestamp(text, out _));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("Yes", true)]
    [InlineData(" no ", false)]
    public void TryBool_AnyCaseForms_Parse(string text, bool expected)
    {
        Assert.True(ValueParser.TryBool(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1234.56", "Invariant", "1234.56")]
    [InlineData("-12.5", "Invariant", "-12.5")]
    [InlineData("1234,56", "French", "1234.56")]
    [InlineData("1 234,56", "French", "1234.56")]
    [InlineData("1\u00A0234\u00A0567,5", "French", "1234567.5")]
    [InlineData("1\u202F234,5", "French", "1234.5")]
    [InlineData("-0,125", "French", "-0.125")]
    [InlineData("42", "French", "42")]
    public void TryDecimal_LocaleForms_Parse(string text, string locale, string expected)
    {
        Assert.True(ValueParser.TryDecimal(text, Enum.Parse<RawLocale>(locale), out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1,5", "Invariant")]
    [InlineData("1 234.5", "Invariant")]
    [InlineData("1.5", "French")]
    [InlineData("1,2,3", "French")]
    [InlineData("1e3", "Invariant")]
    [InlineData("-", "Invariant")]
    public void TryDecimal_OtherLocaleOrJunk_IsRejected(string text, string locale)
    {
        Assert.False(ValueParser.TryDecimal(text, Enum.Parse<RawLocale>(locale), out _));
    }

    [Fact]
    public void TryParse_Code_IsTrimmedUpperCaseAndChecked()
    {
        var direction = RawSchema.Leads.Column("direction")!;

        Assert.True(ValueParser.TryParse(direction, " inbound ", RawLocale.Invariant, out var code));
        Assert.Equal("INBOUND", code);
        Assert.False(ValueParser.TryParse(direction, "SIDEWAYS", RawLocale.Invariant, out _));
    }

    [Theory]
    [InlineData("orders.csv")]
    [InlineData("orders")]
    [InlineData("raw/ORDERS.CSV")]
    public void Quarantine_FileNamedAnyWay_MatchesTheEntity(string file)
    {
        var quarantine = QuarantineFile.Parse($"file,line_number,column,rule,message,raw_line\n{file},7,x,R,\"m, m\",\"a,b\"\n", "q.csv").Value;

        Assert.True(quarantine.IsQuarantined("orders", 7));
        Assert.False(quarantine.IsQuarantined("orders", 6));
        Assert.False(quarantine.IsQuarantined("leads", 7));
    }

    [Theory]
    [InlineData("file,line\norders.csv,7\n")]
    [InlineData("file,line_number\norders.csv,seven\n")]
    public void Quarantine_Malformed_IsR004(string text)
    {
        Assert.Equal("KPIW-R004", QuarantineFile.Parse(text, "q.csv").Error!.Code);
    }
}
