using KpiWarehouse.Sample.Tests.Support;

namespace KpiWarehouse.Sample.Tests;

/// <summary>Rows grow linearly with the scale; a tiny scale still fills every file; bad input is a diagnostic.</summary>
public sealed class ScaleTests
{
    [Fact]
    public void RowCounts_AtScaleTwoTenthsVersusOneTenth_AreAboutDouble()
    {
        using var small = new SampleFolder(0.1, 42);
        using var large = new SampleFolder(0.2, 42);
        var ratio = (double)large.Summary.TotalRows / small.Summary.TotalRows;
        Assert.InRange(ratio, 1.85, 2.15);
        foreach (var file in new[] { "leads.csv", "activities.csv", "orders.csv", "opportunities.csv", "customers.csv" })
        {
            var part = (double)large.Summary.Files.Single(f => f.File == file).Rows / small.Summary.Files.Single(f => f.File == file).Rows;
            Assert.InRange(part, 1.7, 2.3);
        }
    }

    [Fact]
    public void Generate_AtScaleFiveHundredths_WritesEveryFileWithRows()
    {
        using var tiny = new SampleFolder(0.05, 42);
        Assert.Equal(15, tiny.Summary.Files.Count);
        Assert.All(tiny.Summary.Files, f => Assert.True(f.Rows > 0, $"{f.File} is empty"));
        Assert.True(tiny.Summary.Files.Single(f => f.File == "reps.csv").Rows >= 8);
        Assert.True(tiny.Summary.Files.Single(f => f.File == "customers.csv").Rows >= 20);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(101.0)]
    public void Generate_ScaleOutOfRange_FailsWithS001(double scale)
    {
        var outcome = SampleGenerator.Generate(Path.Combine(Path.GetTempPath(), "kpiw-never-written"), scale, 1);
        Assert.False(outcome.IsSuccess);
        Assert.Equal("KPIW-S001", outcome.Error!.Code);
    }

    [Fact]
    public void Generate_OutFolderIsAFile_FailsWithS002()
    {
        var file = Path.GetTempFileName();
        try
        {
            var outcome = SampleGenerator.Generate(file, 0.05, 1);
            Assert.False(outcome.IsSuccess);
            Assert.Equal("KPIW-S002", outcome.Error!.Code);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Generate_AFileNameIsTakenByAFolder_FailsWithS002()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kpiw-sample-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "orders.csv"));
        try
        {
            var outcome = SampleGenerator.Generate(folder, 0.05, 1);
            Assert.False(outcome.IsSuccess);
            Assert.Equal("KPIW-S002", outcome.Error!.Code);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
