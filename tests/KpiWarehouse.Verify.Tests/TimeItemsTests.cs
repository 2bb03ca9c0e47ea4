using KpiWarehouse.Verify.Running;

namespace KpiWarehouse.Verify.Tests;

/// <summary>The YoY items' arithmetic (BLANK in subtraction, DIVIDE), from Microsoft's documentation.</summary>
public sealed class TimeItemsTests
{
    [Theory]
    [InlineData(null, null, null)]
    [InlineData("5", null, "5")]
    [InlineData(null, "5", "-5")]
    [InlineData("7", "5", "2")]
    public void YoY_BlankCountsAsZeroUnlessBothBlank(string? current, string? prior, string? expected) =>
        Assert.Equal(Parse(expected), TimeItems.YoY(Parse(current), Parse(prior)));

    [Theory]
    [InlineData("6", "4", "0.5")]
    [InlineData(null, "4", "-1")]
    [InlineData("6", null, null)]
    [InlineData("6", "0", null)]
    public void YoYPercent_DivideGivesBlankOnBlankOrZeroPrior(string? current, string? prior, string? expected) =>
        Assert.Equal(Parse(expected), TimeItems.YoYPercent(Parse(current), Parse(prior)));

    private static decimal? Parse(string? text) => text is null ? null : decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
