using KpiWarehouse.Tabular.Model;

namespace KpiWarehouse.Tabular.Building;

public static partial class ModelBuilder
{
    private static void AddRoles(Context build)
    {
        var email = Ref(build, "Rep", "email");
        var managerEmail = Ref(build, "Rep", "manager_email");

        // Filtering 'Rep' reaches every fact with a rep key through its single-direction relationship.
        var rep = new Role
        {
            Name = "Rep",
            Description = "A rep sees only the rows of the facts that carry its rep key (sales, pipeline, quotes, leads, activities, meetings, targets).",
        };
        rep.TablePermissions.Add(new TablePermission("Rep", $"{email} = USERPRINCIPALNAME ()"));

        // A manager is the manager of record (manager_id) of its team's reps: it sees them and itself.
        var manager = new Role
        {
            Name = "Manager",
            Description = "A manager sees the rows of the reps it manages (their manager e-mail is its login) and its own.",
        };
        manager.TablePermissions.Add(new TablePermission("Rep", $"{managerEmail} = USERPRINCIPALNAME ()\n    || {email} = USERPRINCIPALNAME ()"));

        build.Model.Roles.Add(rep);
        build.Model.Roles.Add(manager);
    }

    private static void AddPerspectives(Context build)
    {
        foreach (var spec in build.Catalog.Perspectives)
        {
            var kpis = build.Catalog.Kpis.Where(k => spec.Folders.Contains(k.Folder)).ToList();
            // The tables an audience needs: the ones its measures read, the dimensions that slice them, and 'Date'.
            var used = kpis.SelectMany(k => DaxReferences.Scan(k.Dax)).Where(r => r.Table is not null).Select(r => r.Table!)
                .Concat(kpis.SelectMany(k => k.Dimensions))
                .Append("Date")
                .ToHashSet(StringComparer.OrdinalIgnoreCase);

            var perspective = new Perspective { Name = spec.Name };
            foreach (var table in build.Model.Tables.Where(t => !t.IsHidden))
            {
                var entry = new PerspectiveTable { Table = table.Name };
                if (table.Name == MeasureTable)
                    entry.Measures.AddRange(kpis.Select(k => k.Name));
                else if (table.Name == TimeIntelligenceTable || used.Contains(table.Name))
                {
                    entry.Columns.AddRange(table.Columns.Where(c => !c.IsHidden).Select(c => c.Name));
                    entry.Hierarchies.AddRange(table.Hierarchies.Select(h => h.Name));
                }
                if (entry.Columns.Count + entry.Measures.Count + entry.Hierarchies.Count > 0)
                    perspective.Tables.Add(entry);
            }
            build.Model.Perspectives.Add(perspective);
        }
    }
}
