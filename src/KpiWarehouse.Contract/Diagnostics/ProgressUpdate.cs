namespace KpiWarehouse.Contract.Diagnostics;

/// <summary>
/// A step of long work reporting how far it is; libraries take an <see cref="IProgress{T}"/> of these and
/// the CLI decides whether to draw it (only on a terminal).
/// </summary>
/// <param name="Step">A short name of the step ("read orders.csv").</param>
/// <param name="Done">Units done so far.</param>
/// <param name="Total">Units in all, when known.</param>
public sealed record ProgressUpdate(string Step, long Done, long? Total = null);
