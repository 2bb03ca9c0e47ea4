using KpiWarehouse.Sample.Randomness;

namespace KpiWarehouse.Sample.World;

/// <summary>French people and company names, with the accents, apostrophes and commas real CRMs hold.</summary>
internal static class Names
{
    private static readonly string[] FirstNames =
    [
        "Anaïs", "Hélène", "Jérôme", "François", "Zoé", "Loïc", "Benoît", "Céline", "Gaëlle", "Maël", "Léa",
        "Théo", "Chloé", "Noémie", "Raphaël", "Inès", "Mathéo", "Camille", "Étienne", "Sébastien", "Joël",
        "Agnès", "Aurélien", "Clémence", "Médéric", "Océane", "Ségolène", "Thibault", "Valérie", "Yannick",
    ];

    private static readonly string[] LastNames =
    [
        "Martin", "Bernard", "Dubois", "Lefèvre", "Girard", "D'Angelo", "N'Diaye", "Le Goff", "d'Arcy", "Müller",
        "Mercier", "Garçon", "Fournier", "Lambert", "Rousseau", "Faure", "Brunet", "Blanc", "Guérin", "Chevalier",
        "O'Neill", "Bréhat", "Hervé", "Ménard", "Rivière", "Lemaître", "Besançon", "Pétrel", "Noël", "Benoît",
    ];

    private static readonly string[] CompanyFirst =
    [
        "Société Générale d'Équipement", "Boulangerie L'Épi d'Or", "Ateliers Dupré & Fils", "Transports Müller, Frères",
        "Librairie Le \"Petit\" Prince", "Café de l'Horloge", "Pharmacie Saint-Honoré", "Clinique des Hêtres",
        "Garage Lefèvre", "Épicerie Fine Côté Sud", "Hôtel Le Régent", "Brasserie L'Écluse", "Menuiserie Rivière",
        "Cave à Vins d'Aubigné", "Institut Beauté Zoé", "Laboratoires Pétrel", "Groupe Hervé Industrie",
        "Maison Noël", "Fromagerie Ménard", "Crèche Les P'tits Loups", "Électricité Générale du Rhône",
    ];

    private static readonly string[] CompanyCore =
    [
        "Rivière", "Lambert", "Chevalier", "Bréhat", "Garçon", "Faure", "Mercier", "Brunet", "Lemaître", "Guérin",
        "Besançon", "O'Neill", "d'Arcy", "Le Goff", "N'Diaye", "Rousseau", "Girard",
    ];

    private static readonly string[] CompanyForm =
    [
        "{0} SAS", "{0} SARL", "Établissements {0}", "Groupe {0}", "{0} & Associés", "Maison {0}", "{0} Distribution",
        "{0}, Conseil et Services", "Cabinet {0}",
    ];

    public static string Person(Rng rng) => rng.Pick(FirstNames) + " " + rng.Pick(LastNames);

    private const string Accented = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyyoa";

    /// <summary>An e-mail address made of the ASCII form of a name (accents dropped, <c>Léa Faure</c> → <c>lea.faure</c>).</summary>
    public static string Email(string name, int number)
    {
        Span<char> buffer = stackalloc char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            var lower = char.ToLowerInvariant(c);
            var accent = Accented.IndexOf(lower);
            if (accent >= 0)
                buffer[length++] = Plain[accent];
            else if (char.IsAsciiLetterLower(lower))
                buffer[length++] = lower;
            else if (c == ' ')
                buffer[length++] = '.';
        }
        return $"{buffer[..length]}{number}@ventes-exemple.fr";
    }

    public static string Company(Rng rng) =>
        rng.Chance(0.35) ? rng.Pick(CompanyFirst) : string.Format(System.Globalization.CultureInfo.InvariantCulture, rng.Pick(CompanyForm), rng.Pick(CompanyCore));
}
