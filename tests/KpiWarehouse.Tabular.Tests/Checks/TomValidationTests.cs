using KpiWarehouse.Tabular.Pbip;
using KpiWarehouse.Tabular.Tests.Support;

namespace KpiWarehouse.Tabular.Tests.Checks;

/// <summary>Microsoft's TOM (through ../shared/tools/tom-validate --strict) loads every generated form of the model.</summary>
public sealed class TomValidationTests
{
    [TomFact]
    public void TomValidate_GeneratedTmdlAndBim_LoadWithZeroStrictFindings()
    {
        var folder = Models.TempFolder();
        try
        {
            PbipWriter.WriteTo(folder, PbipWriter.Write(Models.Database));
            // The createOrReplace script wraps the same database JSON as model.bim; .ci/tom-check validates it too.
            foreach (var target in new[] { "KpiWarehouse.SemanticModel/definition", "model.bim" })
            {
                var (exit, output) = TomValidate.Run(Path.Combine(folder, target), "--strict", "--summary");
                Assert.True(exit == 0, $"tom-validate --strict {target} exited {exit}:\n{output}");
                Assert.Contains("measures=80", output);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
