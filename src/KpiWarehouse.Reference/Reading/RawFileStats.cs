namespace KpiWarehouse.Reference.Reading;

/// <summary>How the rows of one raw file were taken: read = accepted + quarantined + skipped by the reference.</summary>
/// <param name="Entity">The entity (file name without <c>.csv</c>).</param>
/// <param name="Present">False when the file does not exist (the source lacks the entity).</param>
/// <param name="Read">Data rows read (the header not counted).</param>
/// <param name="Quarantined">Rows named by the load's quarantine, ignored.</param>
/// <param name="Skipped">Rows the load accepted but the reference cannot read (each reported as a finding).</param>
public sealed record RawFileStats(string Entity, bool Present, int Read, int Quarantined, int Skipped)
{
    /// <summary>Rows the reference calculates from.</summary>
    public int Accepted => Read - Quarantined - Skipped;
}
