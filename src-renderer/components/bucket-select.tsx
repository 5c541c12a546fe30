// A select of bucket names; a current value missing from the list stays shown (and selected).
type BucketSelectProps = { id: string; value: string; buckets: readonly { name: string }[]; onChange: (bucket: string) => void };

export function BucketSelect({ id, value, buckets, onChange }: BucketSelectProps) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {!buckets.some((b) => b.name === value) && <option value={value}>{value}</option>}
      {buckets.map((b) => (
        <option key={b.name} value={b.name}>
          {b.name}
        </option>
      ))}
    </select>
  );
}
