// Stand-in for Monaco's colour-picker hover participant (see scripts/viteMonacoStubs.mjs). The hover
// only tests `instanceof` against these; nothing creates them.
export class ColorHover {}
export class HoverColorPickerParticipant {}
