"""The documents handed in for the sammanträde: Word, PDF and Excel, made from a plan snapshot.

``content`` turns the plan into an ordered list of blocks (headings, paragraphs, lists, tables,
a chart, page breaks); the Word and PDF writers render the same blocks, so both documents have
the same content in the same order. The Excel writer lays out the budget tables for the ekonom.
"""
