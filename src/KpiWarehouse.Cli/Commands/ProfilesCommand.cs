using System.CommandLine;
using KpiWarehouse.Cli.Hosting;
using KpiWarehouse.Etl.Profiles;

namespace KpiWarehouse.Cli.Commands;

/// <summary><c>kpiw profiles</c>: list the built-in import profiles, or show one profile (built-in or a folder).</summary>
public static class ProfilesCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("profile") { Description = "Show this profile (a built-in name or a profile folder) in full.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("profiles", "List the built-in import profiles for sources outside the canonical contract.") { name };
        CommandAction.Set(command, (parse, context) =>
        {
            if (parse.GetValue(name) is { } one)
            {
                var profile = CommandContext.Must(ProfileCatalog.Find(one));
                Console.Out.Write(Describe(profile));
                return ExitCodes.Success;
            }
            foreach (var profile in ProfileCatalog.BuiltIn())
                Console.Out.WriteLine($"{profile.Name,-14} {profile.Description}");
            Console.Out.WriteLine();
            Console.Out.WriteLine("Load one with: kpiw load --raw <source folder> --warehouse <dir> --profile <name>; 'kpiw profiles <name>' shows its files.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(ImportProfile profile)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine($"{profile.Name} ({profile.Origin}): {profile.Description}");
        text.AppendLine("reads:");
        foreach (var s in profile.Sources)
            text.AppendLine($"  {s.File,-50} as {s.Name} (delimiter '{(s.Delimiter == '\t' ? "\\t" : s.Delimiter.ToString())}', {s.Encoding})");
        foreach (var ignored in profile.Ignore)
            text.AppendLine($"  {ignored,-50} ignored");
        text.AppendLine($"dates: src_date = '{profile.DateFormat}', src_timestamp = '{profile.TimestampFormat}'");
        text.AppendLine($"writes: {string.Join(", ", profile.Outputs.Select(o => o.Entity + ".csv"))}");
        if (profile.Skipped is not null)
            text.AppendLine("skips: the rows skipped.sql names, quarantined with its reason");
        return text.ToString();
    }
}
