using Parquet;
using Parquet.Schema;

namespace KpiWarehouse.Query.Storage;

/// <summary>Reads one column chunk of a row group into a slice of a <see cref="ColumnValues"/>.</summary>
internal static class ParquetColumnDecoder
{
    public static async Task ReadAsync(ParquetRowGroupReader group, DataField field, ColumnValues target, int offset, int count, CancellationToken cancel)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (target.Kind == ColumnKind.String)
        {
            var buffer = new string?[count];
            await group.ReadAsync(field, buffer.AsMemory(), null, cancel);
            for (var i = 0; i < count; i++)
            {
                target.Strings![offset + i] = buffer[i];
                target.IsNull[offset + i] = buffer[i] is null;
            }
            return;
        }

        if (type == typeof(int)) await Copy<int>(group, field, target, offset, count, (t, i, v) => t.Int64s![i] = v, cancel);
        else if (type == typeof(long)) await Copy<long>(group, field, target, offset, count, (t, i, v) => t.Int64s![i] = v, cancel);
        else if (type == typeof(short)) await Copy<short>(group, field, target, offset, count, (t, i, v) => t.Int64s![i] = v, cancel);
        else if (type == typeof(sbyte)) await Copy<sbyte>(group, field, target, offset, count, (t, i, v) => t.Int64s![i] = v, cancel);
        else if (type == typeof(byte)) await Copy<byte>(group, field, target, offset, count, (t, i, v) => t.Int64s![i] = v, cancel);
        else if (type == typeof(ushort)) await Copy<ushort>(group, field, target, offset, count, (t, i, v) => t.Int64s![i] = v, cancel);
        else if (type == typeof(uint)) await Copy<uint>(group, field, target, offset, count, (t, i, v) => t.Int64s![i] = v, cancel);
        else if (type == typeof(double)) await Copy<double>(group, field, target, offset, count, (t, i, v) => t.Doubles![i] = v, cancel);
        else if (type == typeof(float)) await Copy<float>(group, field, target, offset, count, (t, i, v) => t.Doubles![i] = v, cancel);
        else if (type == typeof(decimal)) await Copy<decimal>(group, field, target, offset, count, (t, i, v) => t.Decimals![i] = v, cancel);
        else if (type == typeof(DateOnly)) await Copy<DateOnly>(group, field, target, offset, count, (t, i, v) => t.Dates![i] = v, cancel);
        else if (type == typeof(DateTime)) await Copy<DateTime>(group, field, target, offset, count, (t, i, v) => t.DateTimes![i] = v, cancel);
        else if (type == typeof(bool)) await Copy<bool>(group, field, target, offset, count, (t, i, v) => t.Booleans![i] = v, cancel);
        else throw new NotSupportedException($"column '{field.Name}' has the Parquet type {type.Name}");
    }

    private static async Task Copy<T>(ParquetRowGroupReader group, DataField field, ColumnValues target, int offset, int count,
        Action<ColumnValues, int, T> store, CancellationToken cancel) where T : struct
    {
        var buffer = new T?[count];
        await group.ReadAsync(field, buffer.AsMemory(), null, cancel);
        for (var i = 0; i < count; i++)
        {
            if (buffer[i] is { } value)
                store(target, offset + i, value);
            else
                target.IsNull[offset + i] = true;
        }
    }
}
