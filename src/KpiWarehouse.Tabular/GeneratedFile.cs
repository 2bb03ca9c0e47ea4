namespace KpiWarehouse.Tabular;

/// <summary>A file a writer produces: a path relative to the output folder ('/'-separated) and its text (LF line ends).</summary>
public sealed record GeneratedFile(string Path, string Content);
