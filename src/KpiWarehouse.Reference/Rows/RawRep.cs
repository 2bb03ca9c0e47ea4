using KpiWarehouse.Reference.Reading;

namespace KpiWarehouse.Reference.Rows;

/// <summary>An accepted row of reps.csv.</summary>
public sealed record RawRep(
    string RepId, string RepName, string? Email, string Role, string Team, string Region,
    string? ManagerId, DateOnly HireDate, DateOnly? LeaveDate)
{
    internal static RawRep From(ParsedRow r) => new(
        r.RequiredText("rep_id"), r.RequiredText("rep_name"), r.Text("email"), r.RequiredText("role"),
        r.RequiredText("team"), r.RequiredText("region"), r.Text("manager_id"), r.RequiredDate("hire_date"),
        r.Date("leave_date"));
}
