namespace KpiWarehouse.Reference.Engine;

/// <summary>The members of one dimension a cell keeps: a lookup by member number and the list of kept members.</summary>
internal sealed class MemberMask
{
    public MemberMask(bool[] allowed)
    {
        Allowed = allowed;
        Selected = Enumerable.Range(0, allowed.Length).Where(i => allowed[i]).ToArray();
    }

    public bool[] Allowed { get; }

    public int[] Selected { get; }

    /// <summary>The share of members kept (0..1): the lower, the fewer rows a partition by this dimension visits.</summary>
    public double Share => Allowed.Length == 0 ? 0 : (double)Selected.Length / Allowed.Length;

    /// <summary>True when <paramref name="member"/> is kept; an empty key (-1) never is.</summary>
    public bool Passes(int member) => member >= 0 && Allowed[member];
}
