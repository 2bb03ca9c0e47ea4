namespace KpiWarehouse.Verify.Running;

/// <summary>How much of the RLS grid to verify and how many mismatches to list.</summary>
/// <param name="RlsUsersPerRole">Users verified per RLS role, spread over the reps (0 = every user).</param>
/// <param name="MismatchesListedPerKpi">Mismatches listed per KPI in the report (all are counted).</param>
public sealed record VerifyOptions(int RlsUsersPerRole = 3, int MismatchesListedPerKpi = 25);
