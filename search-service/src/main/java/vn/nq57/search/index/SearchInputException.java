package vn.nq57.search.index;

/**
 * A search the index cannot run as asked, because of one request parameter: words too many or too long, or a filter
 * value that names nothing indexed. {@link #parameter()} names the parameter; the message says why and what is
 * accepted, {@link #messageVi()} the same in Vietnamese. The API answers it as a 400.
 */
public final class SearchInputException extends IllegalArgumentException {

  private final String parameter;
  private final String messageVi;

  /**
   * @param parameter the request parameter at fault ({@code q}, {@code province}, …)
   * @param message   a sentence naming the parameter, its value (shortened) and the limit or the accepted values
   * @param messageVi the same sentence in Vietnamese
   */
  public SearchInputException(String parameter, String message, String messageVi) {
    super(message);
    this.parameter = parameter;
    this.messageVi = messageVi;
  }

  public String parameter() {
    return parameter;
  }

  /** The message in Vietnamese. */
  public String messageVi() {
    return messageVi;
  }
}
