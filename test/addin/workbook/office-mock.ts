/**
 * office-addin-mock's OfficeMockObject, loadable under jest. The package imports all of
 * office-addin-manifest (whose ESM-only dependencies jest cannot require) for one enum,
 * OfficeApp; we give it that enum from the same package and nothing else.
 */
jest.mock("office-addin-mock/node_modules/office-addin-manifest", () =>
  jest.requireActual("office-addin-mock/node_modules/office-addin-manifest/lib/officeApp"),
);

export { OfficeMockObject } from "office-addin-mock";
