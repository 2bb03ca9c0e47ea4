using KpiWarehouse.Sample.Time;
using KpiWarehouse.Sample.World;

namespace KpiWarehouse.Sample.Simulation;

// The reference data: stages, products and the sales organisation.
internal sealed partial class SalesSimulation
{
    private static readonly string[] RoleCodes = ["SDR", "BDM", "AM", "MANAGER"];
    private static readonly Role[] RolePattern = [Role.Sdr, Role.Bdm, Role.Am, Role.Sdr, Role.Bdm, Role.Am, Role.Sdr, Role.Bdm, Role.Am, Role.Bdm];

    /// <summary>
    /// Reps hired before the data were hired from 2020-01-01 on: hire dates widen the warehouse's Date
    /// table (star-schema.md), so they stay close to the data's three years.
    /// </summary>
    private const int VeteranDays = 731;

    /// <summary>2023-06-30: the day the first leaver's contract ends.</summary>
    private const int FirstLeaverDay = 545;

    private void WriteStages()
    {
        foreach (var stage in Catalog.Stages)
        {
            var file = _out.Stages;
            file.Text(stage.Name);
            file.Int(stage.SortOrder);
            file.Hundredths(stage.ProbabilityPct);
            file.EndRow();
        }
    }

    private void WriteProducts()
    {
        foreach (var product in Catalog.Products)
        {
            var file = _out.Products;
            file.Text(product.Id);
            file.Text(product.Name);
            file.Text(product.Line);
            file.Text(product.Category);
            file.Money(product.ListCents);
            file.Money(product.CostCents);
            file.Bool(product.Recurring);
            file.EndRow();
        }
    }

    private void CreateReps()
    {
        var teams = Math.Clamp(_size.Reps / 8, 2, Geography.Teams.Length);
        var managers = new int[teams];
        AddRep(Role.Manager, 0, hireDay: -_rng.Between(600, VeteranDays));
        for (var t = 0; t < teams; t++)
            managers[t] = AddRep(Role.Manager, t, hireDay: -_rng.Between(200, VeteranDays));
        var leaverPlaced = false;
        for (var i = 0; _reps.Count < _size.Reps; i++)
        {
            var role = RolePattern[i % RolePattern.Length];
            var hiredDuringData = i == 2 || _rng.Chance(0.18);
            var hireDay = hiredDuringData ? _rng.Between(20, 800) : -_rng.Between(30, VeteranDays);
            var rep = AddRep(role, i % teams, hireDay);
            if (!leaverPlaced && role == Role.Bdm && !hiredDuringData)
            {
                _reps[rep].LeaveDay = FirstLeaverDay;
                leaverPlaced = true;
            }
            else if (!hiredDuringData && _rng.Chance(0.06))
            {
                _reps[rep].LeaveDay = _rng.Between(150, 1000);
            }
        }
        foreach (var rep in _reps)
            WriteRep(rep, rep.Index == 0 ? -1 : rep.Role == Role.Manager ? 0 : managers[rep.Team]);
    }

    private int AddRep(Role role, int team, int hireDay)
    {
        var monthsOff = new int[3];
        for (var year = 0; year < 3; year++)
            monthsOff[year] = year * 12 + (_rng.Chance(0.45) ? 7 : _rng.Below(12));
        var rep = new Rep
        {
            Index = _reps.Count, Role = role, Team = team, HireDay = hireDay,
            Skill = 0.6 + 0.8 * _rng.Unit(), MonthsOff = monthsOff,
        };
        _reps.Add(rep);
        _repsByRole[(int)role].Add(rep.Index);
        return rep.Index;
    }

    private void WriteRep(Rep rep, int manager)
    {
        var file = _out.Reps;
        var name = Names.Person(_rng);
        RepId(file, rep.Index);
        file.Text(name);
        file.Text(rep.Index % 17 == 5 ? null : Names.Email(name, rep.Index + 1));
        file.Text(RoleCodes[(int)rep.Role]);
        file.Text(Geography.Teams[rep.Team].Team);
        file.Text(Geography.Teams[rep.Team].Region);
        RepId(file, manager);
        file.Date(rep.HireDay);
        if (rep.LeaveDay == int.MaxValue)
            file.Empty();
        else
            file.Date(rep.LeaveDay);
        file.EndRow();
    }
}
