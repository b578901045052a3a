import { listProfiles } from "../../../core";

/** The `<option>`s of every rule profile, labelled "HG-HY：华钰 …", for the panes' profile selects. */
export function ProfileOptions() {
  return (
    <>
      {listProfiles().map((p) => (
        <option key={p.id} value={p.id}>
          {p.id}：{p.name}
        </option>
      ))}
    </>
  );
}
