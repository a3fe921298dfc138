// A small plan with targets of every kind, shared by the report tests.
import type { Plan } from "../../src/model/plan.js";

export const samplePlan: Plan = {
  type: "KH",
  number: 1,
  code: "KH-X",
  issuer: { name: "SỞ X" },
  place: "P",
  date: "2022-01-10",
  year: 2022,
  title: "T năm 2022",
  recipients: [],
  filing: { units: ["VT"] },
  signer: { title: "GIÁM ĐỐC", name: "A" },
  units: [
    { id: "a", name: "Phòng A" },
    { id: "b", name: "Phòng B" },
  ],
  body: [
    {
      id: "hinh-thuc",
      title: "Hình thức",
      sections: [
        {
          id: "tin",
          text: "Đăng tin",
          targets: { quantities: [{ value: 10, measure: "tin, bài" }], frequency: "continuous", budget: 1000 },
        },
        { id: "hop", text: "Hội nghị", targets: { quantities: [{ value: 1, measure: "buổi" }], deadline: "2022-02-28" } },
        { id: "video", text: "Video", targets: { quantities: [{ value: 2, measure: "video" }] } },
      ],
    },
    { id: "khac", text: "Việc khác, không chỉ tiêu" },
  ],
};
