// Español: interface and chart words, and how numbers and dates are written. Numbers follow the
// usage of Spanish readers in the United States and Mexico, whom this story concerns most: a comma
// groups thousands and a point marks decimals (3,920; 4.0), every figure grouped alike as in
// English, so a number reads the same in both editions and in the sources. Fiscal years are "AF"
// (año fiscal): AF2018, AF18 where room is short; the story defines the abbreviation on first use.
// Calendar years are written in full (Spanish does not shorten a year with an apostrophe).
import type { Dictionary } from "./index.ts";

let dateFormat: Intl.DateTimeFormat | undefined;

export const es = {
  numbers: { decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""], minus: "\u2212" },
  qualifiers: {
    exact: { before: "", after: "", label: "según se publicó" },
    approximate: { before: "unos ", after: "", label: "aproximado" },
    upper_bound: { before: "menos de ", after: "", label: "límite superior" },
    lower_bound: { before: "más de ", after: "", label: "límite inferior" },
    index: { before: "", after: " (índice)", label: "índice" },
  },
  qualifierMarks: { exact: "", approximate: "~", upper_bound: "<", lower_bound: ">", index: "" },
  period: (year, type) => (type === "fiscal_year" ? `AF${year}` : String(year)),
  periodShort: (year, type) => (type === "fiscal_year" ? `AF${String(year).slice(2)}` : String(year)),
  // Made when first used, as in English: the data function never writes a date.
  get date() {
    dateFormat ??= new Intl.DateTimeFormat("es-MX", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    return dateFormat;
  },
  bytes: (n) => `${n} bytes`,
  kilobytes: (n) => `${n} kB`,

  chart: {
    inferredNote: (what, periods) => `El reportaje no precisa ${what}; aquí se toma como ${periods}.`,
    inferredNoteShort: (periods) => `${periods}: año inferido, el reportaje no lo precisa.`,
    list: (items) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} y ${items.at(-1)}`),
    noFigure: "sin cifra",
    legend: {
      exact: "según se publicó",
      approximate: "aproximado (~)",
      upper_bound: "límite superior (<): la cifra real es menor",
      lower_bound: "límite inferior (>): la cifra real es mayor",
      index: "índice, no un conteo",
      no_figure: "sin cifra publicada",
    },
    sources: (count) => (count > 1 ? "Fuentes" : "Fuente"),
  },

  card: {
    heroCaption: (from, fromPeriod, to, toPeriod) => `Casos nuevos de tráfico de migrantes abiertos por HSI: ${from} en el ${fromPeriod}, ${to} en el ${toPeriod}`,
  },

  embed: {
    iframeTitle: (title) => `Gráfico: ${title}`,
    pageTitle: (title) => `${title} (gráfico)`,
    chartBy: "Gráfico",
    dialog: {
      heading: (title) => `Insertar «${title}»`,
      close: "Cerrar",
      theme: "Colores",
      themes: { light: "Claros (para la mayoría de las páginas)", dark: "Oscuros", auto: "Los que elija el lector en su sistema" },
      code: "Código para insertar",
      copy: "Copiar el código",
      copied: "Copiado al portapapeles.",
      copyFailed: "No se pudo copiar: el código quedó seleccionado; pulse Ctrl+C o ⌘C.",
      help: "El script ajusta la altura del gráfico; sin él, el gráfico se ve igualmente completo. En un gestor de contenidos compatible con oEmbed, basta con pegar la dirección del gráfico:",
    },
  },

  site: {
    name: "Casos de tráfico",
    ogLocale: "es_US",
    readIn: "Leer en español",
    skipLink: "Saltar al contenido",
    title: "Caen los casos de tráfico de migrantes mientras crece el control en empresas",
    description:
      "En 2019, ProPublica y The Atlantic informaron que el Departamento de Seguridad Nacional desvió agentes y fondos de las investigaciones de fondo sobre redes de tráfico de migrantes. Aquí están las cifras de ese reportaje, con sus fuentes, en gráficos y como datos.",
    cardAlt: (title) => `${title}: un gráfico de las cifras`,
    notFound: { title: "Página no encontrada", text: "No hay ninguna página en esta dirección.", start: "Volver al inicio", or: "o", data: "descargar los datos" },
    tools: {
      getData: "Obtener los datos",
      embed: "Insertar",
      download: "Imagen:",
      image: (title, format) => `${title}, imagen ${format}`,
      dataTable: "Tabla de datos",
      tableCaption: (title) => `${title}: los datos`,
    },
    downloads: {
      allCsv: "Todos los datos, como hoja de cálculo (CSV)",
      allJson: "Todos los datos, en JSON, con las series y las fuentes",
      chartFigures: (title) => `Las cifras de «${title}»`,
      csv: "CSV",
      descriptor: "Descriptor Data Package: esquema, fuentes y licencia",
      rawTable: (name) => `La tabla ${name} tal como se guarda en el repositorio, en CSV (en inglés)`,
    },
    sources: { primary: "Fuente primaria.", secondary: "Fuente secundaria: cita a quien publicó la cifra." },
    credits: {
      made: "Gráficos, datos y texto",
      madeText: (site) => `${site}, que vuelve a contar ese reportaje con sus cifras y fuentes; cada cifra enlaza con la suya.`,
      published: "Publicado",
      updated: "Última actualización",
      whatChanged: "qué cambió",
      share: "Compartir esta historia",
      copyLink: "Copiar el enlace",
      copied: "Enlace copiado.",
      copyFailed: "No se pudo copiar. El enlace:",
      link: "Enlace a esta historia:",
    },
    toDataPage: "Todas las opciones: la página de datos",
    dataVersion: "versión de los datos",
  },

  dataPage: {
    title: "Los datos",
    description: "Todas las cifras de la historia, con su calificador y su fuente: elija series y años, descárguelos en CSV o JSON, cárguelos con código y cítelos.",
    intro: (version, date) =>
      `Todas las cifras de la historia, cada una con su calificador y su fuente. Elija las series y los años que necesite y descárguelos, o copie la dirección en su propio código. Versión de los datos ${version}, modificada por última vez el ${date}.`,
    choose: "Elegir y descargar",
    series: "Series",
    allIfNone: "Si no marca ninguna serie, se descargan todas.",
    topics: {
      "hsi-smuggling": "Casos de tráfico de HSI",
      worksite: "Control en los centros de trabajo",
      border: "La frontera suroeste",
      prosecutions: "Procesamientos por encubrimiento",
      "ice-enforcement": "Arrestos y deportaciones del ICE",
      "hsi-size": "El tamaño de HSI",
    },
    years: "Años",
    from: "Desde",
    to: "Hasta",
    yearsNote: "Años fiscales o calendario, según cuente cada serie.",
    span: (from, to) => (from === to ? from : `${from}\u2013${to}`),
    sources: (count) => (count > 1 ? "Fuentes" : "Fuente"),
    qualified: (period, what) => `${period}: ${what}`,
    inferred: "año inferido",
    downloadCsv: "Descargar CSV",
    downloadJson: "Descargar JSON",
    reversed: "«Desde» es posterior a «Hasta»: elija un primer año que no pase del último.",
    preview: "Vista previa",
    previewOf: (shown, total) => `Las primeras ${shown} de ${total} filas.`,
    previewFailed: "No se pudo cargar la vista previa; los enlaces de descarga siguen funcionando.",
    address: "La dirección de esta selección",
    copy: "Copiar",
    copied: "Copiada.",
    copyFailed: "No se pudo copiar: seleccione la dirección y cópiela.",
    code: "Cargarla con código",
    codeNote: "La misma selección, en CSV, con Python (pandas), R (readr), JavaScript (d3) y en la línea de comandos.",
    cite: "Cómo citar estos datos",
    citeText: "Como texto",
    citeBibtex: "En BibTeX",
    citation: (site, year, title, version, url, accessed) => `${site} (${year}). ${title}, versión ${version} [conjunto de datos]. ${url} (consultado el ${accessed}).`,
    bibtexNote: (licence) => `Conjunto de datos, ${licence}; cada cifra procede de la fuente que indica su fila`,
    licence: "Licencia",
    licenceText: "Se pueden reutilizar libremente bajo esta licencia: le pedimos que cite este sitio y las fuentes que indica cada fila.",
    collected: "Cómo se recogieron las cifras",
    changelog: "Versiones y cambios",
  },

  charts: {
    "smuggling-cases": {
      title: "Los casos nuevos de tráfico cayeron a menos de la mitad",
      subtitle: "Casos nuevos abiertos por HSI, por año fiscal",
      yLabel: "Casos nuevos",
      inferredWhat: "el año anterior",
      inferredPeriod: (period) => `${period} (inferido: el reportaje no precisa el año anterior)`,
      tip: (period, value) => `${period}: ${value} casos nuevos`,
      describeFirst: (value, period) => `Gráfico de barras. Homeland Security Investigations abrió ${value} casos nuevos de tráfico de migrantes en el ${period}`,
      describeBoth: (first, value, period, change) => `${first}, y ${value} en el ${period}: un cambio de ${change}.`,
      columns: ["Año fiscal", "Casos nuevos", "Nota"],
    },
    "smuggling-cell-staff": {
      title: "La célula antitráfico del ICE quedó con menos de la mitad del personal de 2016",
      subtitle: "Índice de personal, 2016 = 100 (sin conteos)",
      yLabel: "Personal (2016 = 100)",
      tip: (period, value, qualifier) => `${period}: ${value} (${qualifier})`,
      describeBase: (period, value) => `Gráfico del personal de la Human Smuggling Cell del ICE como índice: ${period} vale ${value}`,
      describeBound: (base, period, value) =>
        `${base}. Según el reportaje, en ${period} la unidad estaba en ${value} en ese índice, dibujado como una zona rayada bajo una línea discontinua porque solo se conoce el límite superior.`,
      columns: ["Año", "Personal (2016 = 100)", "Nota"],
    },
    "agents-shift": {
      title: "Cayeron los casos de tráfico mientras se multiplicaba el control en empresas",
      subtitle: "Actividad de HSI; conteo del AF2017 = 100",
      // Not "Índice": Plot sets this label 3 px from the drawing's top, and the accent of a capital
      // would rise out of it.
      yLabel: "Nivel, AF2017 = 100",
      lines: {
        "hsi-smuggling-cases-opened": { name: "Casos de tráfico abiertos", short: "Casos de tráfico", tiny: "Tráfico", inText: "los casos de tráfico abiertos" },
        "hsi-worksite-investigations-opened": {
          name: "Investigaciones laborales abiertas",
          short: "Invest. laborales",
          tiny: "Laborales",
          inText: "las investigaciones en centros de trabajo abiertas",
        },
        "hsi-i9-audits-initiated": { name: "Auditorías I-9 a empleadores", short: "Auditorías I-9", tiny: "I-9", inText: "las auditorías I-9 a empleadores" },
        "hsi-worksite-criminal-arrests": { name: "Arrestos penales en empresas", short: "Arrestos penales", tiny: "Penales", inText: "los arrestos penales en centros de trabajo" },
        "hsi-worksite-administrative-arrests": {
          name: "Arrestos admin. en empresas",
          short: "Arrestos admin.",
          tiny: "Admin.",
          inText: "los arrestos administrativos en centros de trabajo",
        },
      },
      basesNote: "Cada línea toma como 100 su propio conteo del AF2017, y esos conteos son de tamaños muy distintos: las etiquetas los dan.",
      basesNoteShort: "Cada línea parte de su propio conteo del AF2017.",
      directive: "Oct. de 2017: el ICE pide a HSI multiplicar por cuatro o cinco su tiempo en centros de trabajo",
      directiveShort: "Oct. de 2017: directiva laboral",
      inferredWhat: "el año base de los conteos de casos",
      tip: (name, period, value, change) => `${name}, ${period}: ${value}${change ? ` (${change} respecto al AF2017)` : ""}`,
      describe: (parts, caveat) =>
        `Gráfico de líneas de cada medida como índice de su propio conteo del AF2017 (= 100), que compara el AF2017 con el AF2018; los conteos son de tamaños muy distintos: ${parts.join("; ")}.${caveat}`,
      describePart: (name, from, to, change) => `${name}, de ${from} a ${to} (${change})`,
      describeCaveat: (base) => ` El reportaje no precisa el año base de los conteos de casos de tráfico; aquí se toma como ${base}.`,
      inferredValue: (value) => `${value} (año inferido: el reportaje no lo precisa)`,
      columns: ["Medida", "Cambio"],
    },
    "border-apprehensions": {
      title: "Las detenciones fronterizas bajaron y volvieron a subir",
      subtitle: "Frontera suroeste: detenciones por año fiscal",
      yLabel: "Personas detenidas",
      pushNote: "Oct. de 2017: más control en empresas",
      tip: (period, value) => `${period}: ${value} personas`,
      describe: (values) => `Gráfico de barras de las detenciones en la frontera suroeste: ${values.join(", ")}.`,
      valueIn: (value, period) => `${value} en el ${period}`,
      columns: ["Año fiscal", "Personas detenidas", "Fuente"],
    },
    "smuggling-prosecutions": {
      title: "Subieron los procesamientos por encubrimiento",
      subtitle: "Casos nuevos bajo 8 U.S.C. 1324, por año fiscal",
      yLabel: "Procesamientos",
      directiveNote:
        "Los presenta el Departamento de Justicia; no son casos abiertos por HSI. TRAC atribuye su aumento, al menos en parte, a una directiva de 2017 del entonces fiscal general Jeff Sessions.",
      directiveNoteShort: "Casos del Departamento de Justicia, no de HSI.",
      tip: (period, value, qualifier) => `${period}: ${value} procesamientos (${qualifier})`,
      describe: (values) =>
        `Gráfico de barras de los procesamientos por encubrimiento (causas federales cuyo cargo principal cae bajo 8 U.S.C. 1324), según el conteo de TRAC: ${values.join(", ")}. Los límites y las aproximaciones se dibujan rayados o con contorno.`,
      valueIn: (value, period) => `${value} en el ${period}`,
      columns: ["Año fiscal", "Procesamientos", "Nota"],
    },
  },
} satisfies Dictionary;
