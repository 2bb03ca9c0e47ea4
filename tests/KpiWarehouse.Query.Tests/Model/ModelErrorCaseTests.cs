using KpiWarehouse.Query.Model;

namespace KpiWarehouse.Query.Tests.Model;

/// <summary>
/// Broken model files as data: <c>cases/NAME.bim</c> must give exactly the diagnostic line in
/// <c>cases/NAME.expected</c> (accept new output with <c>KPIW_ACCEPT_GOLDEN=1</c>).
/// </summary>
public sealed class ModelErrorCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(ModelFiles.Path("cases"), "*.bim").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BrokenModel_Read_GivesTheExpectedDiagnostic(string name)
    {
        var outcome = ModelReader.Read(File.ReadAllText(ModelFiles.Path("cases", name + ".bim")), name + ".bim");
        Assert.False(outcome.IsSuccess, "the model was read without error");
        ModelFiles.AssertGolden(ModelFiles.Path("cases", name + ".expected"), outcome.Error + "\n");
    }
}
