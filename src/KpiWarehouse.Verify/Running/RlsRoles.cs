using KpiWarehouse.Reference.Rows;

namespace KpiWarehouse.Verify.Running;

/// <summary>
/// The model's RLS roles (ModelBuilder.Security.cs) mirrored over the raw reps: which reps' rows a user sees.
/// <list type="bullet">
/// <item>role <c>Rep</c>: 'Rep'[email] = USERPRINCIPALNAME () — the rep whose e-mail is the login;</item>
/// <item>role <c>Manager</c>: the reps whose manager (manager_id) has the login as e-mail, and the manager itself.</item>
/// </list>
/// DAX compares text case-insensitively, so e-mails match ignoring case.
/// </summary>
public sealed class RlsRoles
{
    /// <summary>The role a rep signs in with.</summary>
    public const string Rep = "Rep";

    /// <summary>The role a manager signs in with.</summary>
    public const string Manager = "Manager";

    private readonly IReadOnlyList<RawRep> _reps;
    private readonly Dictionary<string, string?> _emailById;

    /// <summary>The roles over <paramref name="reps"/>.</summary>
    public RlsRoles(IReadOnlyList<RawRep> reps)
    {
        _reps = reps;
        _emailById = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var rep in reps)
            _emailById.TryAdd(rep.RepId, rep.Email);
    }

    /// <summary>The rep ids whose rows <paramref name="user"/> sees under <paramref name="role"/>, ordinal order.</summary>
    public IReadOnlyList<string> VisibleRepIds(string role, string user) => _reps
        .Where(r => Is(r.Email, user) || (role == Manager && r.ManagerId is { } m && Is(_emailById.GetValueOrDefault(m), user)))
        .Select(r => r.RepId).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Up to <paramref name="perRole"/> users of each role (all when 0), spread evenly over the reps in rep-id order:
    /// reps with an e-mail for <c>Rep</c>; reps with an e-mail that manage someone for <c>Manager</c>.
    /// </summary>
    public IReadOnlyList<(string Role, string User)> SampleUsers(int perRole)
    {
        var withEmail = _reps.Where(r => !string.IsNullOrWhiteSpace(r.Email)).OrderBy(r => r.RepId, StringComparer.Ordinal).ToList();
        var managerIds = _reps.Select(r => r.ManagerId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var managers = withEmail.Where(r => managerIds.Contains(r.RepId)).ToList();
        return Spread(withEmail, perRole).Select(r => (Rep, r.Email!))
            .Concat(Spread(managers, perRole).Select(r => (Manager, r.Email!))).ToList();
    }

    private static IEnumerable<RawRep> Spread(List<RawRep> reps, int count)
    {
        if (count <= 0 || count >= reps.Count)
            return reps;
        return Enumerable.Range(0, count).Select(i => reps[i * reps.Count / count]);
    }

    private static bool Is(string? email, string user) =>
        email is not null && string.Equals(email.Trim(), user.Trim(), StringComparison.OrdinalIgnoreCase);
}
