using System.Security.Cryptography;
using System.Text;

namespace KpiWarehouse.Tabular.Model;

/// <summary>
/// Lineage tags derived from object paths (RFC 4122 name-based UUID, version 5) so the same model always gets
/// the same tags and Power BI keeps tracking an object across regenerations.
/// </summary>
public static class LineageTags
{
    // uuid5(NAMESPACE_URL, "kpiwarehouse:lineage"); fixed forever, or every tag in every model changes.
    private static readonly Guid Namespace = new("5050c222-881e-5c86-af18-c29047dbdcfa");

    /// <summary>The tag of the object reached by <paramref name="path"/> (e.g. "table", "Sales", "column", "Order Id").</summary>
    public static string For(params string[] path)
    {
        // A unit separator cannot occur in names (they hold no control characters), so paths never collide.
        var name = Encoding.UTF8.GetBytes(string.Join('\u001f', path));
        var ns = Namespace.ToByteArray(bigEndian: true);
        Span<byte> hash = stackalloc byte[20];
        using (var sha1 = IncrementalHash.CreateHash(HashAlgorithmName.SHA1))
        {
            sha1.AppendData(ns);
            sha1.AppendData(name);
            sha1.GetHashAndReset(hash);
        }
        var bytes = hash[..16].ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }
}
